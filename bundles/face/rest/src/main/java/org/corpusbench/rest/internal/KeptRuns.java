package org.corpusbench.rest.internal;

import java.util.ArrayList;
import java.util.List;
import org.corpusbench.api.CodePoints;
import org.corpusbench.api.OffsetMap;

/**
 * The runs of a cleaned text that come unchanged from its original: what a reader view shows as
 * kept, so that everything of the original outside the runs reads as removed, replaced or moved to
 * metadata by cleaning. Derived from the document's {@link OffsetMap}, in which each cleaned code
 * point names the original code point it came from (an inserted one names the next original
 * offset, as the one after it does).
 */
public final class KeptRuns {
    private KeptRuns() {
    }

    /**
     * A cleaned code point is kept when it has an original of its own (the map advances after it) and
     * equals that original code point; a folded or replaced one differs from its original and is not.
     * Kept code points form one run while they follow each other in both texts.
     *
     * @param map the document's map from cleaned to original offsets
     * @param cleaned the cleaned text, as long as the map's cleaned side
     * @param original the original text the map points into
     * @return runs as {@code [cleanedFrom, cleanedTo, originalFrom, originalTo]}, code-point offsets,
     *         ends exclusive, in order; both sides of a run are equally long
     * @throws IllegalArgumentException if the cleaned text's length differs from the map's, or the map
     *         points past the original text
     */
    public static List<int[]> of(OffsetMap map, String cleaned, String original) {
        int[] cleanedCodePoints = CodePoints.of(cleaned);
        int[] originalCodePoints = CodePoints.of(original);
        if (cleanedCodePoints.length != map.cleanedLength()) {
            throw new IllegalArgumentException("The map covers " + map.cleanedLength() + " code points, the cleaned text has "
                    + cleanedCodePoints.length);
        }
        if (map.toOriginal(map.cleanedLength()) > originalCodePoints.length) {
            throw new IllegalArgumentException("The map ends at " + map.toOriginal(map.cleanedLength())
                    + ", past the original text's " + originalCodePoints.length + " code points");
        }
        List<int[]> runs = new ArrayList<>();
        int[] open = null;
        for (int i = 0; i < cleanedCodePoints.length; i++) {
            int from = map.toOriginal(i);
            boolean kept = map.toOriginal(i + 1) > from && from < originalCodePoints.length
                    && cleanedCodePoints[i] == originalCodePoints[from];
            if (!kept) {
                open = null;
            } else if (open != null && open[1] == i && open[3] == from) {
                open[1]++;
                open[3]++;
            } else {
                open = new int[] {i, i + 1, from, from + 1};
                runs.add(open);
            }
        }
        return runs;
    }
}
