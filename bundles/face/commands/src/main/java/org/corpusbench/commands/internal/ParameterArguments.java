package org.corpusbench.commands.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.corpusbench.api.CorpusException;

/** Reads {@code name=value} command arguments into analysis parameters. */
final class ParameterArguments {

    private ParameterArguments() {
    }

    static Map<String, String> parse(List<String> arguments) {
        Map<String, String> parameters = new LinkedHashMap<>();
        if (arguments == null) {
            return parameters;
        }
        for (String argument : arguments) {
            int equals = argument.indexOf('=');
            if (equals <= 0) {
                throw new CorpusException("Expected a parameter as name=value, not '" + argument + "'");
            }
            String name = argument.substring(0, equals).trim();
            if (parameters.put(name, argument.substring(equals + 1)) != null) {
                throw new CorpusException("Parameter '" + name + "' is given twice");
            }
        }
        return parameters;
    }
}
