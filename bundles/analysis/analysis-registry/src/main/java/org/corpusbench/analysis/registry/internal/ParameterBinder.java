package org.corpusbench.analysis.registry.internal;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.corpusbench.analysis.selection.ParameterText;
import org.corpusbench.api.CorpusException;
import org.corpusbench.api.CorpusView;
import org.corpusbench.api.NotFoundException;
import org.corpusbench.api.Subcorpora;
import org.corpusbench.api.analysis.ParameterSpec;
import org.corpusbench.api.analysis.ParameterType;
import org.corpusbench.api.analysis.Reference;
import org.corpusbench.api.analysis.ReferenceList;
import org.corpusbench.api.analysis.ReferenceLists;
import org.corpusbench.api.analysis.StopwordList;
import org.corpusbench.api.analysis.StopwordLists;
import org.corpusbench.api.query.QueryService;

/**
 * Turns parameter text into typed values as the specs declare, filling in defaults. Unknown
 * names, names or values with control characters, missing required values, unreadable values,
 * numbers outside a spec's bounds (inclusive), text that is not one of a spec's choices (exactly),
 * unknown stopword lists and, when a query service runs, queries it cannot read are errors naming
 * the parameter. Numbers are read strictly (see {@link ParameterText}).
 */
final class ParameterBinder {
    /**
     * What parameter values name, looked up when a parameter is bound.
     *
     * @param corpora resolves corpus names
     * @param selections reads selections of the corpus being analysed
     * @param stopwords the stopword lists, if that service runs; {@code none} works without it
     * @param queries checks queries early, if a query service runs; without it the text passes as it is
     * @param references the reference frequency lists, if that service runs
     */
    record Services(Function<String, CorpusView> corpora, Subcorpora selections,
            Supplier<Optional<StopwordLists>> stopwords, Supplier<Optional<QueryService>> queries,
            Supplier<Optional<ReferenceLists>> references) {
    }

    /** The prefixes and the word a {@link ParameterType#REFERENCE} text starts with. */
    private static final String LIST = "list:", CORPUS = "corpus:", REST = "rest";

    private final String analysis;
    private final List<ParameterSpec> specs;

    ParameterBinder(String analysis, List<ParameterSpec> specs) {
        this.analysis = analysis;
        this.specs = specs;
    }

    /**
     * @param given parameter text by name
     * @param corpus the corpus being analysed, for selections
     * @param services what values name
     * @return the text of every parameter (defaults filled in) and the typed values, by name
     * @throws CorpusException naming the analysis, the parameter and the problem
     */
    Bound bind(Map<String, String> given, CorpusView corpus, Services services) {
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
            values.put(spec.name(), value(spec, text.trim(), corpus, services));
        }
        return new Bound(texts, values);
    }

    private Object value(ParameterSpec spec, String text, CorpusView corpus, Services services) {
        try {
            return switch (spec.type()) {
                case STRING -> chosen(spec, text);
                case INTEGER -> within(spec, text, ParameterText.integer(text));
                case DECIMAL -> within(spec, text, ParameterText.decimal(text));
                case BOOLEAN -> bool(text);
                case CORPUS -> services.corpora().apply(text);
                case DOCUMENT_SELECTION -> services.selections().select(corpus, text);
                case STOPWORDS -> stopwords(spec, text, services.stopwords().get());
                case QUERY -> checked(spec, text, services.queries().get());
                case REFERENCE -> reference(spec, text, corpus, services);
            };
        } catch (NumberFormatException e) {
            throw new CorpusException(named(spec) + " must be " + expected(spec.type()) + ", not '" + text + "'");
        }
    }

    private String chosen(ParameterSpec spec, String text) {
        if (spec.choices().isEmpty() || spec.choices().contains(text)) {
            return text;
        }
        throw new CorpusException(named(spec) + " must be one of " + String.join(", ", spec.choices()) + ", not '"
                + text + "'");
    }

    private <N extends Number> N within(ParameterSpec spec, String text, N value) {
        double number = value.doubleValue();
        boolean low = spec.min() != null && number < spec.min();
        boolean high = spec.max() != null && number > spec.max();
        if (!low && !high) {
            return value;
        }
        String range = spec.min() == null ? "at most " + plain(spec.max())
                : spec.max() == null ? "at least " + plain(spec.min())
                : "between " + plain(spec.min()) + " and " + plain(spec.max());
        throw new CorpusException(named(spec) + " must be " + range + ", not '" + text + "'");
    }

    /** 1000 rather than 1000.0 or 1E3, whether the parameter is a whole number or not. */
    private static String plain(double bound) {
        return BigDecimal.valueOf(bound).stripTrailingZeros().toPlainString();
    }

    private StopwordList stopwords(ParameterSpec spec, String name, Optional<StopwordLists> lists) {
        if (name.equals(StopwordList.NONE.name())) {
            return StopwordList.NONE;
        }
        try {
            if (lists.isPresent()) {
                return lists.get().list(name);
            }
        } catch (NotFoundException e) {
            // answered below, with the names that would work
        }
        String available = lists.map(l -> String.join(", ", l.names())).orElse("none (no stopword lists are installed)");
        throw new CorpusException(named(spec) + " names no stopword list '" + name + "'; the lists are: " + available);
    }

    /** Reads a reference as {@link ParameterType#REFERENCE} describes it. */
    private Reference reference(ParameterSpec spec, String text, CorpusView corpus, Services services) {
        if (text.equals(REST)) {
            return new Reference.RestOfCorpus(text);
        }
        if (text.startsWith(LIST)) {
            return new Reference.WordList(text, referenceList(spec, text.substring(LIST.length()).trim(),
                    services.references().get()));
        }
        if (text.startsWith(CORPUS)) {
            String named = text.substring(CORPUS.length());
            int slash = named.indexOf('/');
            String corpusName = (slash < 0 ? named : named.substring(0, slash)).trim();
            if (corpusName.isEmpty()) {
                throw new CorpusException(named(spec) + " names no corpus in '" + text
                        + "'; write corpus:<name> or corpus:<name>/<selection>");
            }
            CorpusView other = services.corpora().apply(corpusName);
            String selection = slash < 0 ? "all" : named.substring(slash + 1).trim();
            return new Reference.CorpusPart(text, other, services.selections().select(other, selection));
        }
        return new Reference.CorpusPart(text, corpus, services.selections().select(corpus, text));
    }

    private ReferenceList referenceList(ParameterSpec spec, String name, Optional<ReferenceLists> lists) {
        try {
            if (lists.isPresent()) {
                return lists.get().list(name);
            }
        } catch (NotFoundException e) {
            // answered below, with the names that would work
        }
        String available = lists.map(l -> String.join(", ", l.names())).orElse("none (no reference lists are installed)");
        throw new CorpusException(named(spec) + " names no reference list '" + name + "'; the lists are: " + available);
    }

    /**
     * A syntax error is reported before the run, as the query service words it. An optional query
     * left empty means no query (ngrams without a cluster query), so only a given one is read.
     */
    private static String checked(ParameterSpec spec, String query, Optional<QueryService> queries) {
        if (spec.required() || !query.isEmpty()) {
            queries.ifPresent(service -> service.check(query));
        }
        return query;
    }

    private String named(ParameterSpec spec) {
        return "Parameter '" + spec.name() + "' of analysis '" + analysis + "'";
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
