package org.corpusbench.analysis.segmentdiff;

import java.util.List;
import org.corpusbench.analysis.segmentdiff.SegmentationDiff.Disagreement;
import org.corpusbench.api.CorpusException;
import org.corpusbench.api.NotFoundException;
import org.corpusbench.api.Segmenter;
import org.corpusbench.api.Segmenters;

/**
 * The two segmenters compared, with their names for messages.
 *
 * @param nameA the first one's name
 * @param a the first segmenter
 * @param nameB the second one's name
 * @param b the second segmenter
 */
public record SegmenterPair(String nameA, Segmenter a, String nameB, Segmenter b) {
    /**
     * @param installed the segmenters installed now
     * @param nameA the first one's name
     * @param nameB the second one's name
     * @return the two
     * @throws CorpusException naming a segmenter that is not installed and those that are
     */
    public static SegmenterPair find(Segmenters installed, String nameA, String nameB) {
        return new SegmenterPair(nameA, find(installed, nameA), nameB, find(installed, nameB));
    }

    private static Segmenter find(Segmenters installed, String name) {
        try {
            return installed.find(name);
        } catch (NotFoundException e) {
            throw new CorpusException("Segmenter '" + name + "' is not installed; installed are: "
                    + String.join(", ", installed.names()), e);
        }
    }

    /**
     * @param text a text
     * @return where the two segmenters cut it differently
     * @throws CorpusException if a segmenter's tokens do not cover the text without gaps
     */
    public List<Disagreement> disagreements(String text) {
        try {
            return SegmentationDiff.disagreements(a.segment(text), b.segment(text));
        } catch (IllegalArgumentException e) {
            // the first and second segmentations are ours to name
            throw new CorpusException("Cannot compare segmenters '" + nameA + "' (first) and '" + nameB + "' (second): "
                    + e.getMessage(), e);
        }
    }
}
