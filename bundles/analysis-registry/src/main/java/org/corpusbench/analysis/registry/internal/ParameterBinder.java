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
 * names, missing required values and unreadable values are errors naming the parameter.
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
        for (String name : given.keySet()) {
            if (specs.stream().noneMatch(spec -> spec.name().equals(name))) {
                throw new CorpusException("Unknown parameter '" + name + "' for analysis '" + analysis + "'; it accepts: "
                        + specs.stream().map(ParameterSpec::name).collect(Collectors.joining(", ")));
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
                case INTEGER -> Long.parseLong(text);
                case DECIMAL -> Double.parseDouble(text);
                case BOOLEAN -> bool(text);
                case CORPUS -> corpora.apply(text);
                case DOCUMENT_SELECTION -> SelectionParser.parse(text, corpus);
            };
        } catch (NumberFormatException e) {
            throw new CorpusException("Parameter '" + spec.name() + "' of analysis '" + analysis + "' must be "
                    + expected(spec.type()) + ", not '" + text + "'");
        }
    }

    private static String expected(ParameterType type) {
        return switch (type) {
            case INTEGER -> "a whole number";
            case BOOLEAN -> "true or false";
            default -> "a number";
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
