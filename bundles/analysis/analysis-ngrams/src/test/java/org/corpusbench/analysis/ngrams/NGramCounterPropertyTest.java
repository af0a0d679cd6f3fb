package org.corpusbench.analysis.ngrams;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.corpusbench.analysis.ngrams.NGramOptions.HitPosition;
import org.corpusbench.analysis.ngrams.NGramOptions.StopwordRule;
import org.corpusbench.analysis.ngrams.NGramOptions.Tokens;
import org.corpusbench.analysis.ngrams.NGramOptions.Unit;
import org.corpusbench.api.DocumentSelection;
import org.corpusbench.api.Progress;
import org.corpusbench.api.SentenceBoundaries;
import org.corpusbench.api.analysis.ResultTable;
import org.corpusbench.api.analysis.StopwordList;
import org.corpusbench.api.query.Hits;
import org.corpusbench.testing.TestCorpus;

/** The counter equals a naive count over token strings with HashMaps on random small corpora. */
class NGramCounterPropertyTest {
    private static final List<String> TOKENS = List.of("经济", "发展", "的", "中国", "人民", "2024", "GDP", "济", "𠀀字",
            "，", "。", "！", "、");
    private static final List<String> STOPWORD_CANDIDATES = List.of("的", "人民", "济", "发展", "GDP");

    /** A random case: documents of tokens, a selection, options, an optional query and a table size. */
    record Case(List<List<String>> documents, List<Boolean> selected, NGramOptions options, List<String> query,
            long tableBytes) {
    }

    @Property(tries = 300)
    void equalsANaiveCount(@ForAll("cases") Case example) {
        TestCorpus corpus = TestCorpus.of("random", example.documents().stream().map(tokens -> String.join(" ", tokens))
                .toArray(String[]::new));
        DocumentSelection selection = new DocumentSelection("random", example.selected()::get);
        Hits hits = example.query().isEmpty() ? null : hits(example);

        List<List<Object>> expected = naive(corpus, example, hits);

        assertEquals(expected, rows(new NGramCounter(example.tableBytes(), false), corpus, selection, example, hits));
        assertEquals(expected, rows(new NGramCounter(example.tableBytes(), true), corpus, selection, example, hits));
    }

    static List<List<Object>> rows(NGramCounter counter, TestCorpus corpus, DocumentSelection selection, Case example,
            Hits hits) {
        try (ResultTable table = counter.count(corpus, selection, example.options(), hits, Progress.NONE)) {
            return table.rows().toList();
        }
    }

    @Provide
    Arbitrary<Case> cases() {
        Arbitrary<List<String>> document = Arbitraries.of(TOKENS).list().ofMinSize(1).ofMaxSize(14);
        Arbitrary<List<List<String>>> documents = document.list().ofMinSize(1).ofMaxSize(5);
        Arbitrary<NGramOptions> options = Combinators.combine(Arbitraries.integers().between(2, 5),
                Arbitraries.of(Unit.class), Arbitraries.of(Tokens.class), Arbitraries.longs().between(1, 3),
                Arbitraries.longs().between(1, 2), Arbitraries.subsetOf(STOPWORD_CANDIDATES), Arbitraries.of(StopwordRule.class),
                Arbitraries.of(HitPosition.class))
                .as((n, unit, tokens, minCount, minRange, stopwords, rule, position) -> new NGramOptions(n, unit, tokens,
                        minCount, minRange, stopwords.isEmpty() ? StopwordList.NONE : new StopwordList("s", stopwords), rule,
                        position));
        return documents.flatMap(docs -> Combinators.combine(Arbitraries.of(true, true, false).list().ofSize(docs.size()),
                options, Arbitraries.of(TOKENS).list().ofMinSize(0).ofMaxSize(2), Arbitraries.of(0L, 1L << 20))
                .as((selected, opts, query, bytes) -> new Case(docs, selected, opts,
                        opts.unit() == Unit.CHARACTERS ? List.of() : query, bytes)));
    }

    /** Every place the query's tokens follow each other in a selected document. */
    private static Hits hits(Case example) {
        List<Integer> starts = new ArrayList<>();
        int offset = 0;
        for (int doc = 0; doc < example.documents().size(); doc++) {
            List<String> tokens = example.documents().get(doc);
            for (int i = 0; i + example.query().size() <= tokens.size(); i++) {
                if (example.selected().get(doc) && tokens.subList(i, i + example.query().size()).equals(example.query())) {
                    starts.add(offset + i);
                }
            }
            offset += tokens.size();
        }
        int[] start = starts.stream().mapToInt(Integer::intValue).toArray();
        return new Hits(start, Arrays.stream(start).map(s -> s + example.query().size()).toArray());
    }

    static List<List<Object>> naive(TestCorpus corpus, Case example, Hits hits) {
        NGramOptions options = example.options();
        int n = options.n();
        Predicate<String> eligible = token -> options.tokens() == Tokens.ALL
                || corpus.lexicon().category(corpus.lexicon().id(token)).isWord();
        Map<List<String>, Integer> counts = new HashMap<>();
        Map<List<String>, Set<Integer>> documents = new HashMap<>();
        long total = 0;
        int offset = 0;
        for (int doc = 0; doc < example.documents().size(); doc++) {
            List<String> tokens = example.documents().get(doc);
            if (example.selected().get(doc)) {
                for (int[] sentence : sentences(tokens)) {
                    for (List<String> run : runs(tokens, sentence, eligible, options.unit(), offset)) {
                        for (int i = 0; i + n <= run.size() - 1; i++) {
                            int firstPosition = Integer.parseInt(run.get(run.size() - 1)) + i;
                            List<String> ngram = run.subList(i, i + n);
                            total++;
                            if ((hits == null || containsHit(hits, firstPosition, n, options.position()))
                                    && !leftOut(ngram, options)) {
                                List<String> key = List.copyOf(ngram);
                                counts.merge(key, 1, Integer::sum);
                                documents.computeIfAbsent(key, k -> new HashSet<>()).add(doc);
                            }
                        }
                    }
                }
            }
            offset += tokens.size();
        }
        Comparator<List<String>> byTokens = (a, b) -> {
            for (int i = 0; i < a.size(); i++) {
                int c = Arrays.compare(a.get(i).codePoints().toArray(), b.get(i).codePoints().toArray());
                if (c != 0) {
                    return c;
                }
            }
            return 0;
        };
        List<List<String>> listed = counts.keySet().stream()
                .filter(k -> counts.get(k) >= options.minCount() && documents.get(k).size() >= options.minRange())
                .sorted(Comparator.comparing((List<String> k) -> -counts.get(k)).thenComparing(byTokens)).toList();
        List<List<Object>> rows = new ArrayList<>();
        for (List<String> key : listed) {
            String text = String.join(options.unit() == Unit.WORDS ? " " : "", key);
            rows.add(List.of(rows.size() + 1L, text, (long) counts.get(key), (long) documents.get(key).size(),
                    counts.get(key) * 1_000_000.0 / total));
        }
        return rows;
    }

    /** Sentences as [from, to) token indices: a sentence ends after a sentence-final token. */
    private static List<int[]> sentences(List<String> tokens) {
        List<int[]> sentences = new ArrayList<>();
        int from = 0;
        for (int i = 0; i < tokens.size(); i++) {
            if (SentenceBoundaries.endsSentence(tokens.get(i)) || i == tokens.size() - 1) {
                sentences.add(new int[] {from, i + 1});
                from = i + 1;
            }
        }
        return sentences;
    }

    /**
     * Runs of eligible tokens in a sentence, as units (tokens, or characters as strings), each run
     * followed by the corpus position of its first token (words only; -1 for characters).
     */
    private static List<List<String>> runs(List<String> tokens, int[] sentence, Predicate<String> eligible, Unit unit,
            int offset) {
        List<List<String>> runs = new ArrayList<>();
        List<String> run = new ArrayList<>();
        int runStart = sentence[0];
        for (int i = sentence[0]; i <= sentence[1]; i++) {
            if (i == sentence[1] || !eligible.test(tokens.get(i))) {
                run.add(String.valueOf(unit == Unit.WORDS ? offset + runStart : -1));
                runs.add(run);
                run = new ArrayList<>();
                runStart = i + 1;
            } else if (unit == Unit.WORDS) {
                run.add(tokens.get(i));
            } else {
                for (int cp : tokens.get(i).codePoints().toArray()) {
                    run.add(Character.toString(cp));
                }
            }
        }
        return runs;
    }

    private static boolean containsHit(Hits hits, int first, int n, HitPosition position) {
        for (int hit = 0; hit < hits.size(); hit++) {
            int start = hits.start(hit);
            int end = hits.end(hit);
            boolean inside = first <= start && end <= first + n;
            boolean placed = switch (position) {
                case ANY -> true;
                case LEFT -> start == first;
                case RIGHT -> end == first + n;
            };
            if (inside && placed) {
                return true;
            }
        }
        return false;
    }

    private static boolean leftOut(List<String> ngram, NGramOptions options) {
        Set<String> stop = options.stopwords().words();
        if (stop.isEmpty()) {
            return false;
        }
        long stopwords = ngram.stream().filter(stop::contains).count();
        return switch (options.stopwordRule()) {
            case ANY -> stopwords > 0;
            case EDGE -> stop.contains(ngram.get(0)) || stop.contains(ngram.get(ngram.size() - 1));
            case ALL -> stopwords == ngram.size();
        };
    }
}
