package org.corpusbench.api.export;

import java.util.Collection;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.corpusbench.api.CorpusException;

/** Chooses among exporters by format name, for every caller that offers them to users. */
public final class Formats {

    private Formats() {
    }

    /**
     * @param <T> the kind of exporter
     * @param exporters the exporters available now
     * @param format how to read an exporter's format name
     * @param wanted the format the user asked for
     * @param kind what to call a format in the error ("format", "token format")
     * @return the exporter of that format
     * @throws CorpusException naming the available formats if none has that name
     */
    public static <T> T pick(Collection<? extends T> exporters, Function<? super T, String> format, String wanted, String kind) {
        for (T exporter : exporters) {
            if (format.apply(exporter).equals(wanted)) {
                return exporter;
            }
        }
        throw new CorpusException("Unknown " + kind + " '" + wanted + "'; available: "
                + exporters.stream().map(format).sorted().collect(Collectors.joining(", ")));
    }
}
