package org.corpusbench.analysis.registry.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.corpusbench.api.CorpusException;
import org.corpusbench.api.CorpusView;
import org.corpusbench.api.analysis.ParameterSpec;
import org.corpusbench.api.analysis.ParameterType;

/**
 * Turns parameter text into typed values as the specs declare, filling in defaults. Unknown
 * names, names or values with control characters, missing required values and unreadable values
 * are errors naming the parameter. Numbers are read strictly (see {@link ParameterText}).
 */
final class ParameterBinder {
    private final String analysis;
    private final List<ParameterSpec> specs;

    ParameterBinder(String analysis, List<ParameterSpec> specs) {
        this.analysis = analysis;
        this.specs = specs;
    }

    /**
     * @param given parameter text by name
     * @param corpus the corpus being analysed, for selections
     * @param corpora resolves corpus names
     * @return the text of every parameter (defaults filled in) and the typed values, by name
     */
    Bound bind(Map<String, String> given, CorpusView corpus, Function<String, CorpusView> corpora) {
        for (Map.Entry<String, String> entry : given.entrySet()) {
            String name = entry.getKey();
            // Checked before any message echoes the name back.
            ParameterText.requirePrintable("name of a parameter", name);
            if (specs.stream().noneMatch(spec -> spec.name().equals(name))) {
                throw new CorpusException("Unknown parameter '" + name + "' for analysis '" + analysis + "'; it accepts: "
                        + specs.stream().map(ParameterSpec::name).collect(Collectors.joining(", ")));
            }
            if (entry.getValue() != null) {
                ParameterText.requirePrintable("parameter '" + name + "' of analysis '" + analysis + "'", entry.getValue());
            }
        }
        Map<String, String> texts = new LinkedHashMap<>();
        Map<String, Object> values = new LinkedHashMap<>();
        for (ParameterSpec spec : specs) {
            String text = given.getOrDefault(spec.name(), spec.defaultValue());
            if (text == null) {
                throw new CorpusException("Analysis '" + analysis + "' needs a value for parameter '" + spec.name() + "'");
            }
            texts.put(spec.name(), text);
            values.put(spec.name(), value(spec, text.trim(), corpus, corpora));
        }
        return new Bound(texts, values);
    }

    private Object value(ParameterSpec spec, String text, CorpusView corpus, Function<String, CorpusView> corpora) {
        try {
            return switch (spec.type()) {
                case STRING -> text;
                case INTEGER -> ParameterText.integer(text);
                case DECIMAL -> ParameterText.decimal(text);
                case BOOLEAN -> bool(text);
                case CORPUS -> corpora.apply(text);
                case DOCUMENT_SELECTION -> SelectionParser.parse(text, corpus);
                case QUERY -> text;
                case STOPWORDS -> throw new CorpusException("No stopword lists yet");
            };
        } catch (NumberFormatException e) {
            throw new CorpusException("Parameter '" + spec.name() + "' of analysis '" + analysis + "' must be "
                    + expected(spec.type()) + ", not '" + text + "'");
        }
    }

    private static String expected(ParameterType type) {
        return switch (type) {
            case INTEGER -> "a whole number in the digits 0-9 within the 64-bit range";
            case BOOLEAN -> "true or false";
            default -> "a number in the digits 0-9 such as 0.5, -2 or 1e-6";
        };
    }

    private static Boolean bool(String text) {
        if (text.equalsIgnoreCase("true") || text.equalsIgnoreCase("false")) {
            return Boolean.valueOf(text);
        }
        throw new NumberFormatException(text);
    }

    /**
     * @param texts every parameter's text, for provenance
     * @param values every parameter's typed value
     */
    record Bound(Map<String, String> texts, Map<String, Object> values) {
    }
}
