package org.corpusbench.analysis.concordance;

import java.util.Arrays;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Collectors;

/** A document's metadata on one line, {@code key=value; key=value}, keys in code-point order. */
public final class MetadataText {
    /** Code-point order, which differs from {@link String#compareTo} beyond the Basic Multilingual Plane. */
    public static final Comparator<String> CODE_POINT_ORDER =
            (a, b) -> Arrays.compare(a.codePoints().toArray(), b.codePoints().toArray());

    private MetadataText() {
    }

    /**
     * @param metadata a document's metadata
     * @return it as one line; empty if there is none
     */
    public static String format(Map<String, String> metadata) {
        return metadata.entrySet().stream()
                .sorted(Map.Entry.comparingByKey(CODE_POINT_ORDER))
                .map(entry -> entry.getKey() + "=" + entry.getValue())
                .collect(Collectors.joining("; "));
    }
}
