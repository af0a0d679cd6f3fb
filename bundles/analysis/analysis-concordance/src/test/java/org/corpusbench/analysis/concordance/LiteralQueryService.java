package org.corpusbench.analysis.concordance;

import java.nio.IntBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.corpusbench.api.CorpusView;
import org.corpusbench.api.DocumentSelection;
import org.corpusbench.api.Progress;
import org.corpusbench.api.query.Hits;
import org.corpusbench.api.query.MatchStrategy;
import org.corpusbench.api.query.QueryService;
import org.corpusbench.api.query.QuerySyntaxException;

/**
 * A stand-in for the query engine in unit tests: a sequence of quoted literal tokens
 * ({@code "经济" "发展"}), found through the first token's positions and checked against the
 * token stream, within one document of the selection. Anything else is a syntax error.
 */
final class LiteralQueryService implements QueryService {
    private static final Pattern LITERAL = Pattern.compile("\\s*\"([^\"]+)\"\\s*");

    @Override
    public String check(String cql) {
        return String.join(" ", literals(cql).stream().map(t -> '"' + t + '"').toList());
    }

    @Override
    public Hits search(CorpusView corpus, DocumentSelection selection, String cql, MatchStrategy strategy, Progress progress) {
        List<String> literals = literals(cql);
        int[] ids = literals.stream().mapToInt(corpus.lexicon()::id).toArray();
        if (ids[0] < 0) {
            return Hits.NONE;
        }
        List<Integer> starts = new ArrayList<>();
        IntBuffer positions = corpus.positions(ids[0]);
        while (positions.hasRemaining()) {
            int start = positions.get();
            int document = corpus.documentOf(start);
            if (selection.contains(document) && matches(corpus, ids, start, corpus.documentStart(document + 1))) {
                starts.add(start);
            }
        }
        return new Hits(starts.stream().mapToInt(Integer::intValue).toArray(),
                starts.stream().mapToInt(start -> start + ids.length).toArray());
    }

    private static boolean matches(CorpusView corpus, int[] ids, int start, int documentEnd) {
        if (start + ids.length > documentEnd) {
            return false;
        }
        for (int i = 1; i < ids.length; i++) {
            if (ids[i] < 0 || corpus.typeId(start + i) != ids[i]) {
                return false;
            }
        }
        return true;
    }

    private static List<String> literals(String cql) {
        Matcher matcher = LITERAL.matcher(cql);
        List<String> literals = new ArrayList<>();
        int at = 0;
        while (at < cql.length()) {
            if (!matcher.find(at) || matcher.start() != at) {
                throw new QuerySyntaxException("Expected a quoted token at position " + at, cql, at);
            }
            literals.add(matcher.group(1));
            at = matcher.end();
        }
        if (literals.isEmpty()) {
            throw new QuerySyntaxException("Expected a quoted token at position 0", cql, 0);
        }
        return literals;
    }
}
