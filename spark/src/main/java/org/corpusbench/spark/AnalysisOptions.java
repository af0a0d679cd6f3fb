package org.corpusbench.spark;

import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.corpusbench.analysis.selection.ParameterText;
import org.corpusbench.api.CorpusException;
import org.corpusbench.api.analysis.ParameterSpec;
import org.corpusbench.api.analysis.ParameterType;

/**
 * One analysis's parameters for the Spark job, bound against the workbench analysis's own
 * {@link ParameterSpec}s: every value the user gave checked as the workbench checks it (number,
 * bounds, choices), every other one the workbench's default, so the job runs with the values the
 * workbench would and records them all in the result's provenance. Parameters the job cannot honour
 * (a stopword list, a part-of-speech filter, a reference list) are refused with their name unless
 * left at their default.
 *
 * @param analysis the analysis's name, as in {@code corpus:run}
 * @param values every parameter's value as text, defaults included, in declaration order
 */
record AnalysisOptions(String analysis, Map<String, String> values) implements Serializable {

    /**
     * @param analysis the analysis's name
     * @param specs the workbench analysis's parameters
     * @param given what the user gave, name to value
     * @param unsupported parameters the job cannot honour other than at their default
     * @throws CorpusException naming the parameter and the problem
     */
    static AnalysisOptions bind(String analysis, List<ParameterSpec> specs, Map<String, String> given, Set<String> unsupported) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String name : given.keySet()) {
            if (specs.stream().noneMatch(spec -> spec.name().equals(name))) {
                throw new CorpusException("The " + analysis + " analysis has no parameter '" + name + "'; it has "
                        + String.join(", ", specs.stream().map(ParameterSpec::name).toList()));
            }
        }
        for (ParameterSpec spec : specs) {
            String value = given.getOrDefault(spec.name(), spec.defaultValue());
            if (value == null) {
                throw new CorpusException("The " + analysis + " analysis needs the parameter '" + spec.name() + "': "
                        + spec.description());
            }
            if (given.containsKey(spec.name()) && unsupported.contains(spec.name()) && !value.equals(spec.defaultValue())) {
                throw new CorpusException("The Spark job runs " + analysis + " without '" + spec.name() + "' (only "
                        + spec.name() + "=" + spec.defaultValue() + "); run it in the workbench on the loaded corpus");
            }
            check(analysis, spec, value);
            values.put(spec.name(), value);
        }
        return new AnalysisOptions(analysis, Map.copyOf(values));
    }

    private static void check(String analysis, ParameterSpec spec, String value) {
        String where = "Parameter '" + spec.name() + "' of " + analysis + " ";
        try {
            if (spec.type() == ParameterType.INTEGER || spec.type() == ParameterType.DECIMAL) {
                double number = spec.type() == ParameterType.INTEGER ? ParameterText.integer(value) : ParameterText.decimal(value);
                if (spec.min() != null && number < spec.min() || spec.max() != null && number > spec.max()) {
                    throw new CorpusException(where + "is " + value + ", outside " + bound(spec.min()) + ".." + bound(spec.max()));
                }
            } else if (spec.type() == ParameterType.BOOLEAN && !value.equals("true") && !value.equals("false")) {
                throw new CorpusException(where + "is true or false, not '" + value + "'");
            } else if (!spec.choices().isEmpty() && !spec.choices().contains(value)) {
                throw new CorpusException(where + "is one of " + String.join(", ", spec.choices()) + ", not '" + value + "'");
            }
        } catch (NumberFormatException e) {
            throw new CorpusException(where + "is not a number: '" + value + "'", e);
        }
    }

    private static String bound(Double bound) {
        return bound == null ? "" : bound == Math.rint(bound) ? Long.toString(bound.longValue()) : bound.toString();
    }

    String string(String name) {
        String value = values.get(name);
        if (value == null) {
            throw new IllegalArgumentException("No parameter " + name + " of " + analysis);
        }
        return value;
    }

    long integer(String name) {
        return ParameterText.integer(string(name));
    }

    double decimal(String name) {
        return ParameterText.decimal(string(name));
    }

    boolean bool(String name) {
        return Boolean.parseBoolean(string(name));
    }
}
