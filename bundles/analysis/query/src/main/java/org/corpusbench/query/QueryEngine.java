package org.corpusbench.query;

import java.util.Arrays;
import java.util.BitSet;
import java.util.Objects;
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
 * stream. A single-token query reads nothing but the position lists. Memory: one {@code long} per
 * candidate match and one {@code int} per anchor position, no object per token or hit.
 */
public final class QueryEngine {

    private final AttributeResolver attributes;

    /** An engine for the attributes {@code word} and {@code type}. */
    public QueryEngine() {
        this(AttributeResolver.standard());
    }

    /** @param attributes the attributes queries may test */
    public QueryEngine(AttributeResolver attributes) {
        this.attributes = Objects.requireNonNull(attributes, "attributes");
    }

    /**
     * Reads a query this engine can run.
     *
     * @param cql the query text
     * @return its tree; {@code toString()} gives the canonical form
     * @throws QuerySyntaxException naming the position and what was expected, an unknown attribute or region
     *         with the available ones, an invalid regular expression, or a query with no anchor
     */
    public Query parse(String cql) {
        return Anchors.requireAnchor(CqlParser.parse(cql, attributes), cql);
    }

    /**
     * @param corpus    the corpus to search
     * @param selection the documents whose matches count
     * @param query     a parsed, anchored query
     * @param strategy  which of overlapping matches to report (see the class description); null means STANDARD
     * @param progress  checked for cancellation about every 64K steps
     * @return the hits in corpus order
     * @throws QuerySyntaxException if the query has no anchor, an unknown attribute or region, or is too large to run
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
        TypeSets types = new TypeSets(attributes, corpus.lexicon(), text);
        if (query.body() instanceof Node.Token token) {
            return singleToken(corpus, selection, types.of(token), progress);
        }
        Nfa nfa = Nfa.compile(query.body(), types, text);
        boolean withinSentence = query.within().filter("s"::equals).isPresent();
        return new MatchFinder(nfa, corpus, progress)
                .find(selection, withinSentence, strategy == null ? MatchStrategy.STANDARD : strategy);
    }

    /** One token needs no automaton: its hits are its positions in the selected documents. */
    private static Hits singleToken(CorpusView corpus, DocumentSelection selection, BitSet types, Progress progress) {
        int[] starts = Postings.merge(corpus, types, progress);
        int kept = starts.length;
        if (selection != DocumentSelection.ALL) {
            RegionCursor documents = new RegionCursor(corpus::documentStart, corpus.documentCount());
            kept = 0;
            for (int i = 0; i < starts.length; i++) {
                if ((i & 0xFFFF) == 0) {
                    progress.checkCancelled();
                }
                if (selection.contains(documents.moveTo(starts[i]))) {
                    starts[kept++] = starts[i];
                }
            }
            starts = Arrays.copyOf(starts, kept);
        }
        int[] ends = new int[kept];
        for (int i = 0; i < kept; i++) {
            ends[i] = starts[i] + 1;
        }
        return new Hits(starts, ends);
    }
}
