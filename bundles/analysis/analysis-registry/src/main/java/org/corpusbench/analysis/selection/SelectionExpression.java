package org.corpusbench.analysis.selection;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.corpusbench.analysis.selection.MetadataComparison.Operator;
import org.corpusbench.api.CorpusException;
import org.corpusbench.api.CorpusView;
import org.corpusbench.api.NotFoundException;

/**
 * A selection expression, read once and then evaluated against a corpus. Immutable, thread-safe.
 *
 * <pre>
 * expression := term ('&amp;' term)*          a document must match every term
 * term       := 'all'                       every document
 *             | item (',' item)*            item := index | index '-' index (inclusive, ASCII digits)
 *             | '@' name                    a saved subcorpus (letters, digits, '.', '_', '-')
 *             | key op value                see {@link MetadataComparison}
 * op         := '=' | '!=' | '~' | '&lt;' | '&lt;=' | '&gt;' | '&gt;='
 * key, value := "double-quoted text" (\" and \\ inside) | bare text without spaces, '"', '&amp;' or = ! &lt; &gt; ~
 * </pre>
 *
 * <p>Spaces around terms and operators are ignored. The key {@code id} means the document id and
 * {@code source} its source id, even if the metadata has entries of those names. Empty text, control
 * characters, an empty term, an index beyond the corpus and anything else unreadable are errors
 * naming the expression: a selection never falls back to every document.
 */
public final class SelectionExpression {
    private static final String USAGE = "use 'all', indices and ranges like '0-3,7', metadata comparisons like "
            + "'date>=2023-03-01 & reporters~赵宗锋' (=, !=, ~, <, <=, >, >=), or '@name' for a saved subcorpus";

    private final String text;
    private final List<Object> terms;

    private SelectionExpression(String text, List<Object> terms) {
        this.text = text;
        this.terms = List.copyOf(terms);
    }

    /**
     * @param expression the text as the user wrote it
     * @return the expression
     * @throws CorpusException naming the expression and the problem
     */
    public static SelectionExpression parse(String expression) {
        if (expression == null) {
            throw invalid("", "it is missing");
        }
        // Before trim(), which would silently drop control characters ("%00" became "all").
        ParameterText.requirePrintable("selection", expression);
        String trimmed = expression.trim();
        if (trimmed.isEmpty()) {
            throw invalid(expression, "it is empty");
        }
        List<Object> terms = new ArrayList<>();
        try {
            for (String part : QuotedText.splitAtAmpersands(trimmed)) {
                terms.add(term(part.trim(), trimmed));
            }
        } catch (IllegalArgumentException e) {
            throw invalid(trimmed, e.getMessage());
        }
        return new SelectionExpression(trimmed, terms);
    }

    private static Object term(String term, String expression) {
        if (term.isEmpty()) {
            throw new IllegalArgumentException("an item between '&' is empty");
        }
        if (term.startsWith("@")) {
            return new SubcorpusName(term.substring(1).trim());
        }
        int operator = QuotedText.firstOperator(term);
        if (operator >= 0) {
            return comparison(term, operator);
        }
        if (term.indexOf('"') >= 0) {
            throw new IllegalArgumentException("'" + term + "' has no operator (=, !=, ~, <, <=, >, >=)");
        }
        return term.equals("all") ? All.ALL : DocumentIndices.parse(term);
    }

    private static MetadataComparison comparison(String term, int at) {
        Operator operator = null;
        for (Operator candidate : Operator.values()) {
            if (term.startsWith(candidate.symbol, at)) {
                operator = candidate;
                break;
            }
        }
        if (operator == null) {
            throw new IllegalArgumentException("'!' in '" + term + "' must be followed by '=' (!=)");
        }
        String rawKey = term.substring(0, at).trim();
        String rawValue = term.substring(at + operator.symbol.length()).trim();
        if (rawKey.isEmpty() || rawValue.isEmpty()) {
            throw new IllegalArgumentException("a metadata match needs a key and a value, as in 'page" + operator.symbol
                    + "1', not '" + term + "'");
        }
        String key = QuotedText.read(rawKey, "key");
        String value = QuotedText.read(rawValue, "value");
        if (operator.orders() && MetadataComparison.number(value) == null && MetadataComparison.date(value) == null) {
            throw new IllegalArgumentException(MetadataComparison.looksLikeDate(value)
                    ? "'" + value + "' in '" + term + "' is not a real day"
                    : "key '" + key + "' is compared with '" + operator.symbol + "', which needs a number or a date "
                            + "yyyy-MM-dd, not '" + value + "'");
        }
        return new MetadataComparison(key, operator, value);
    }

    /** @return the expression as written, trimmed */
    public String text() {
        return text;
    }

    /** @return whether it is {@code all} alone */
    public boolean isAll() {
        return terms.size() == 1 && terms.get(0) == All.ALL;
    }

    /** @return the names of the saved subcorpora it refers to ({@code @name}), in order */
    public List<String> subcorpusNames() {
        return terms.stream().filter(SubcorpusName.class::isInstance).map(t -> ((SubcorpusName) t).name()).toList();
    }

    /**
     * Evaluates the expression, reading only document ids, source ids and metadata, and only of the
     * documents the index and subcorpus terms leave in.
     *
     * @param corpus the corpus to select from
     * @param subcorpora the documents of each subcorpus in {@link #subcorpusNames()}
     * @return the selected documents
     * @throws CorpusException naming the expression if an index is beyond the corpus
     * @throws NotFoundException if a subcorpus it names is missing from {@code subcorpora}
     */
    public BitSet evaluate(CorpusView corpus, Map<String, BitSet> subcorpora) {
        Matcher matcher = matcher(corpus.documentCount(), subcorpora);
        BitSet selected = (BitSet) matcher.candidates.clone();
        for (int document = selected.nextSetBit(0); document >= 0 && !matcher.comparisons.isEmpty();
                document = selected.nextSetBit(document + 1)) {
            Map<String, String> metadata = matcher.needsMetadata ? corpus.metadata(document) : null;
            if (!matcher.compare(corpus.documentId(document), corpus.sourceId(document), metadata)) {
                selected.clear(document);
            }
        }
        return selected;
    }

    /**
     * The expression ready to test documents one at a time, for programs that do not hold a corpus
     * view (the Spark job tests each document where it is).
     *
     * @param documents how many documents the corpus has, which index terms are checked against
     * @param subcorpora the documents of each subcorpus in {@link #subcorpusNames()}
     * @return the matcher
     * @throws CorpusException naming the expression if an index is beyond the corpus
     * @throws NotFoundException if a subcorpus it names is missing from {@code subcorpora}
     */
    public Matcher matcher(int documents, Map<String, BitSet> subcorpora) {
        BitSet candidates = new BitSet(documents);
        candidates.set(0, documents);
        List<MetadataComparison> comparisons = new ArrayList<>();
        for (Object term : terms) {
            if (term instanceof DocumentIndices indices) {
                try {
                    candidates.and(indices.documents(documents));
                } catch (IllegalArgumentException e) {
                    throw invalid(text, e.getMessage());
                }
            } else if (term instanceof SubcorpusName named) {
                BitSet subcorpus = subcorpora.get(named.name());
                if (subcorpus == null) {
                    throw new NotFoundException("subcorpus", named.name());
                }
                candidates.and(subcorpus);
            } else if (term instanceof MetadataComparison comparison) {
                comparisons.add(comparison);
            }
        }
        return new Matcher(candidates, comparisons);
    }

    /** Tests documents against an expression's terms. Immutable, thread-safe. */
    public static final class Matcher {
        private final BitSet candidates;
        private final List<MetadataComparison> comparisons;
        private final boolean needsMetadata;

        private Matcher(BitSet candidates, List<MetadataComparison> comparisons) {
            this.candidates = candidates;
            this.comparisons = List.copyOf(comparisons);
            needsMetadata = comparisons.stream()
                    .anyMatch(c -> !c.key().equals(MetadataComparison.ID) && !c.key().equals(MetadataComparison.SOURCE));
        }

        /**
         * @param document the document's index in the corpus
         * @param id its id
         * @param source its source's id
         * @param metadata its metadata (null reads as none)
         * @return whether the expression selects it
         */
        public boolean selects(int document, String id, String source, Map<String, String> metadata) {
            return candidates.get(document) && compare(id, source, metadata);
        }

        private boolean compare(String id, String source, Map<String, String> metadata) {
            for (MetadataComparison comparison : comparisons) {
                String actual;
                if (comparison.key().equals(MetadataComparison.ID)) {
                    actual = id;
                } else if (comparison.key().equals(MetadataComparison.SOURCE)) {
                    actual = source;
                } else {
                    actual = Objects.requireNonNullElse(metadata, Map.<String, String>of()).get(comparison.key());
                }
                if (!comparison.test(actual)) {
                    return false;
                }
            }
            return true;
        }
    }

    /**
     * @param expression the expression as written
     * @param problem what is wrong with it
     * @return the error, in the form every selection error takes
     */
    static InvalidSelection invalid(String expression, String problem) {
        return new InvalidSelection(expression, problem);
    }

    /** A selection that cannot be read, with the problem apart, to quote inside another message. */
    static final class InvalidSelection extends CorpusException {
        private static final long serialVersionUID = 1L;
        private final String problem;

        InvalidSelection(String expression, String problem) {
            super("Invalid selection '" + expression + "': " + problem + "; " + USAGE);
            this.problem = problem;
        }

        String problem() {
            return problem;
        }
    }

    @Override
    public String toString() {
        return text;
    }

    /** The term {@code all}. */
    private enum All {
        ALL
    }

    /** The term {@code @name}. */
    private record SubcorpusName(String name) {
        SubcorpusName {
            if (!SubcorpusNames.isValid(name)) {
                throw new IllegalArgumentException("'@" + name + "' is not a subcorpus name: " + SubcorpusNames.RULE);
            }
        }
    }
}
