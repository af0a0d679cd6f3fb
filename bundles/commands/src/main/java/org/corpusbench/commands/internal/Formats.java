package org.corpusbench.commands.internal;

import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.corpusbench.api.CorpusException;

/** Picks the exporter of a format, or names the formats there are. */
final class Formats {

    private Formats() {
    }

    static <T> T pick(List<T> exporters, Function<T, String> format, String wanted, String kind) {
        return exporters.stream().filter(e -> format.apply(e).equals(wanted)).findFirst()
                .orElseThrow(() -> new CorpusException("Unknown " + kind + " '" + wanted + "'; available: "
                        + exporters.stream().map(format).sorted().collect(Collectors.joining(", "))));
    }
}
