package org.corpusbench.commands.internal;

import java.util.stream.Collectors;
import org.corpusbench.api.CorpusInfo;

/** What a corpus records of the {@code --clean key=value} options of corpus:load and corpus:reclean. */
final class CleanArguments {

    private CleanArguments() {
    }

    /** @return "; cleaning settings: k=v ..." for the per-load settings the corpus records, or "" if none */
    static String recorded(CorpusInfo info) {
        String settings = info.provenance().entrySet().stream()
                .filter(e -> e.getKey().startsWith(CorpusInfo.CLEANING_OPTION_PREFIX))
                .map(e -> e.getKey().substring(CorpusInfo.CLEANING_OPTION_PREFIX.length()) + "=" + e.getValue()).sorted()
                .collect(Collectors.joining(" "));
        return settings.isEmpty() ? "" : "; cleaning settings: " + settings;
    }
}
