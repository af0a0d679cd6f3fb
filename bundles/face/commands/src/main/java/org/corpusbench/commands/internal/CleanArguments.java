package org.corpusbench.commands.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.corpusbench.api.CorpusException;
import org.corpusbench.api.CorpusInfo;

/** The {@code --clean key=value} options of corpus:load and corpus:reclean, and what a corpus records of them. */
final class CleanArguments {

    private CleanArguments() {
    }

    /**
     * @param arguments the option's values, or null when it was not given
     * @return the settings by key as given (the cleaning pipeline matches them to its stages)
     * @throws CorpusException for a value without a key or a key given twice
     */
    static Map<String, String> parse(List<String> arguments) {
        Map<String, String> settings = new LinkedHashMap<>();
        if (arguments == null) {
            return settings;
        }
        for (String argument : arguments) {
            int equals = argument.indexOf('=');
            if (equals <= 0) {
                throw new CorpusException("Expected a cleaning setting as --clean key=value (fold.traditional=true), not '"
                        + argument + "'");
            }
            String key = argument.substring(0, equals).strip();
            if (settings.put(key, argument.substring(equals + 1).strip()) != null) {
                throw new CorpusException("Cleaning setting '" + key + "' is given twice");
            }
        }
        return settings;
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
