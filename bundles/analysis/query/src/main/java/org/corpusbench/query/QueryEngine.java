package org.corpusbench.query;

import java.util.BitSet;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import org.corpusbench.api.CorpusView;
import org.corpusbench.api.DocumentSelection;
import org.corpusbench.api.Progress;
import org.corpusbench.api.query.Hits;
import org.corpusbench.api.query.MatchStrategy;
import org.corpusbench.api.query.QuerySyntaxException;

/**
 * Finds the hits of a CQL query through a corpus's position lists. Thread-safe and stateless apart from
 * its attributes; plain Java, usable outside OSGi.
 *
 * <h2>What a match is</h2>
 * A match is a run of tokens {@code start..end-1} (never empty) that the pattern accepts as a whole, lying
 * inside one region: one document, or one sentence with {@code within s} ({@code within text} is the
 * document, which every match stays in anyway). Open repetitions ({@code *}, {@code +}, {@code {n,}}) are
 * therefore bounded by the region's end. Only matches in the selected documents count.
 *
 * <h2>Matching strategies</h2>
 * Where a pattern has parts of variable length, several matches may overlap or nest. Like CQP
 * ({@code set MatchingStrategy}; CQP Query Language Tutorial, "Matching strategies", and the clean-up
 * CWB's {@code ranges.c} applies after a query), the strategy picks which are reported, among the set M
 * of all matches defined above:
 * <ul>
 * <li>{@link MatchStrategy#SHORTEST}: the matches of M that contain no other match of M (minimal intervals).
 * Optional parts at either end are left out: {@code "a"? "b" "c"*} reports only {@code b}.
 * Overlapping matches are all reported if neither contains the other.</li>
 * <li>{@link MatchStrategy#STANDARD} (the default): for each start, the shortest match beginning there;
 * then, of those ending at the same token, only the one that starts first. Optional parts at the start are
 * taken in, those at the end left out: on {@code a a b c} the query {@code "a"* "b" "c"?} reports
 * {@code a a b}. Matches with different ends are all reported, even if they overlap.</li>
 * <li>{@link MatchStrategy#LONGEST}: the matches of M that no other match of M contains (maximal intervals):
 * on {@code a a b c} the query above reports {@code a a b c}. Overlapping matches are all reported if
 * neither contains the other.</li>
 * </ul>
 * Hits come in corpus order, at most one per start.
 *
 * <h2>How</h2>
 * Each token test is decided once per type against the lexicon (a literal word is one look-up; a regex
 * tests every type once) into a set of type ids. The pattern becomes an automaton; a set of tokens every
 * match must contain (its anchors) is chosen so that their lexicon frequencies add up to the least, and
 * the search starts only at their positions, merged from the position lists, reading neighbours through
 * the token stream outwards from there. So no query that {@link Anchors} accepts reads the whole token
 * stream. A single-token query reads nothing but the position lists. Memory: the anchors are merged from
 * the position lists on the fly and matches are reduced document by document, so beyond the hits (two
 * {@code int}s each) a search holds one {@code int} per token of the longest document; no object per
 * token or hit.
 *
 * <h2>Limits</h2>
 * Any reader can send a query, so none may take the server down: a query has at most
 * {@value #MAX_TOKEN_TESTS} token tests (checked before any is run against the lexicon); its regexes
 * together may spend at most {@value #LEXICON_SECONDS} seconds on the lexicon (a pattern that backtracks
 * catastrophically is stopped there); and it may have at most {@code maxHits} hits (default
 * {@value #DEFAULT_MAX_HITS}, as CQPweb caps the hits of a query), refused before the hit arrays outgrow
 * it. {@link CqlParser} bounds the query's length and nesting.
 */
public final class QueryEngine {

    /** Most attribute tests ({@code word="..."}, {@code type="..."}) a query may contain. */
    public static final int MAX_TOKEN_TESTS = 64;
    /** Seconds all of a query's regexes together may spend matching the lexicon. */
    public static final int LEXICON_SECONDS = 10;
    /** Most hits a query may have unless the engine is given another limit. */
    public static final int DEFAULT_MAX_HITS = 20_000_000;

    private final AttributeResolver attributes;
    private final int maxHits;
    private final long lexiconNanos;

    /** An engine for the attributes {@code word} and {@code type}. */
    public QueryEngine() {
        this(AttributeResolver.standard());
    }

    /** @param attributes the attributes queries may test */
    public QueryEngine(AttributeResolver attributes) {
        this(attributes, DEFAULT_MAX_HITS);
    }

    /**
     * @param attributes the attributes queries may test
     * @param maxHits    the most hits a query may have, at least 1
     */
    public QueryEngine(AttributeResolver attributes, int maxHits) {
        this(attributes, maxHits, TimeUnit.SECONDS.toNanos(LEXICON_SECONDS));
    }

    /** With another time limit for the lexicon, so tests need not wait for the real one. */
    QueryEngine(AttributeResolver attributes, int maxHits, long lexiconNanos) {
        if (maxHits < 1) {
            throw new IllegalArgumentException("maxHits must be at least 1: " + maxHits);
        }
        this.attributes = Objects.requireNonNull(attributes, "attributes");
        this.maxHits = maxHits;
        this.lexiconNanos = lexiconNanos;
    }

    /** @return the most hits a query may have */
    public int maxHits() {
        return maxHits;
    }

    /**
     * Reads a query this engine can run.
     *
     * @param cql the query text
     * @return its tree; {@code toString()} gives the canonical form
     * @throws QuerySyntaxException naming the position and what was expected, an unknown attribute or region
     *         with the available ones, an invalid regular expression, a query with no anchor, or one with
     *         more than {@value #MAX_TOKEN_TESTS} token tests
     */
    public Query parse(String cql) {
        Query query = Anchors.requireAnchor(CqlParser.parse(cql, attributes), cql);
        requireFewTests(query, cql);
        return query;
    }

    /**
     * @param corpus    the corpus to search
     * @param selection the documents whose matches count
     * @param query     a parsed, anchored query
     * @param strategy  which of overlapping matches to report (see the class description); null means STANDARD
     * @param progress  checked for cancellation about every 64K steps
     * @return the hits in corpus order
     * @throws QuerySyntaxException if the query has no anchor, an unknown attribute or region, is too large to
     *         run, or its regexes take too long to match against the lexicon
     * @throws org.corpusbench.api.CorpusException if the query has more hits than the engine's maximum
     * @throws java.util.concurrent.CancellationException if cancelled
     */
    public Hits search(CorpusView corpus, DocumentSelection selection, Query query, MatchStrategy strategy,
            Progress progress) {
        String text = query.toString();
        Anchors.requireAnchor(query, text);
        if (query.within().isPresent() && !CqlParser.REGIONS.contains(query.within().get())) {
            throw new QuerySyntaxException("Unknown region '" + query.within().get()
                    + "'; available regions: s (sentence), text (document)", text, -1);
        }
        requireFewTests(query, text);
        if (testsTags(query.body())) {
            if (!corpus.hasTags()) {
                throw new QuerySyntaxException("Corpus '" + corpus.info().name() + "' has no part-of-speech tags, so the query cannot"
                        + " test them; load it with a segmenter that tags (jieba-pos) or from word/tag text", text, -1);
            }
            corpus = new TaggedCorpus(corpus);
        }
        TypeSets types = new TypeSets(attributes, corpus.lexicon(), text, new LexiconBudget(progress, lexiconNanos, text));
        if (query.body() instanceof Node.Token token) {
            return singleToken(corpus, selection, types.of(token), progress);
        }
        Nfa nfa = Nfa.compile(query.body(), types, text);
        boolean withinSentence = query.within().filter("s"::equals).isPresent();
        return new MatchFinder(nfa, corpus, maxHits, progress)
                .find(selection, withinSentence, strategy == null ? MatchStrategy.STANDARD : strategy);
    }

    /** One token needs no automaton: its hits are its positions in the selected documents. */
    private Hits singleToken(CorpusView corpus, DocumentSelection selection, BitSet types, Progress progress) {
        Postings positions = new Postings(corpus, types, progress);
        if (selection == DocumentSelection.ALL) {
            HitList.requireAtMost(positions.total(), maxHits);
        }
        HitList hits = new HitList(selection == DocumentSelection.ALL ? positions.total() : 1024, maxHits);
        RegionCursor documents = new RegionCursor(corpus::documentStart, corpus.documentCount());
        while (positions.hasNext()) {
            int position = positions.next();
            if (selection == DocumentSelection.ALL || selection.contains(documents.moveTo(position))) {
                hits.add(position, position + 1);
            }
        }
        return hits.toHits();
    }

    /** @return whether a test of the query is on the part-of-speech tag */
    private boolean testsTags(Node node) {
        if (node instanceof Node.Token token) {
            return token.constraint().map(this::testsTags).orElse(false);
        }
        if (node instanceof Node.Sequence sequence) {
            return sequence.elements().stream().anyMatch(this::testsTags);
        }
        if (node instanceof Node.Alternation alternation) {
            return alternation.alternatives().stream().anyMatch(this::testsTags);
        }
        return testsTags(((Node.Repeat) node).body());
    }

    private boolean testsTags(Constraint constraint) {
        if (constraint instanceof Constraint.Attribute test) {
            return attributes.find(test.attribute()).map(TypeAttribute::testsTag).orElse(false);
        }
        if (constraint instanceof Constraint.Not not) {
            return testsTags(not.operand());
        }
        List<Constraint> operands = constraint instanceof Constraint.And and ? and.operands() : ((Constraint.Or) constraint).operands();
        return operands.stream().anyMatch(this::testsTags);
    }

    /** Refuses a query with many token tests before any of them is run against the lexicon. */
    private static void requireFewTests(Query query, String text) {
        int tests = tests(query.body());
        if (tests > MAX_TOKEN_TESTS) {
            throw new QuerySyntaxException("The query has " + tests + " token tests (such as \"...\" or [word=\"...\"]); at most "
                    + MAX_TOKEN_TESTS + " are allowed", text, -1);
        }
    }

    private static int tests(Node node) {
        if (node instanceof Node.Token token) {
            return token.constraint().map(QueryEngine::tests).orElse(0);
        }
        if (node instanceof Node.Sequence sequence) {
            return sequence.elements().stream().mapToInt(QueryEngine::tests).sum();
        }
        if (node instanceof Node.Alternation alternation) {
            return alternation.alternatives().stream().mapToInt(QueryEngine::tests).sum();
        }
        return tests(((Node.Repeat) node).body());
    }

    private static int tests(Constraint constraint) {
        if (constraint instanceof Constraint.Attribute) {
            return 1;
        }
        if (constraint instanceof Constraint.Not not) {
            return tests(not.operand());
        }
        List<Constraint> operands = constraint instanceof Constraint.And and ? and.operands() : ((Constraint.Or) constraint).operands();
        return operands.stream().mapToInt(QueryEngine::tests).sum();
    }
}
