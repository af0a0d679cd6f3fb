package org.corpusbench.analysis.collocates;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;
import org.corpusbench.analysis.collocates.internal.CollocatesAnalysis;
import org.corpusbench.api.DocumentSelection;
import org.corpusbench.api.Progress;
import org.corpusbench.api.analysis.CountedTypes;
import org.corpusbench.api.analysis.Parameters;
import org.corpusbench.api.analysis.ResultTable;
import org.corpusbench.api.analysis.StopwordList;
import org.corpusbench.api.query.Hits;
import org.corpusbench.api.query.MatchStrategy;
import org.corpusbench.api.query.QueryService;
import org.corpusbench.query.internal.CqlQueryService;
import org.corpusbench.testing.TestCorpus;

/**
 * The analysis, run as the registry runs it (the workbench's own query engine finds the hits), equals
 * {@link NaiveCollocates} on random small corpora, nodes, windows, filters, sorts and selections.
 */
class CollocatesPropertyTest {
    /** Words, a word beyond the BMP, digits, Latin case pairs, punctuation, sentence ends and a line break. */
    private static final List<String> VOCABULARY = List.of("经济", "发展", "的", "a", "B", "b", "𠀋", "2024", "，", "。",
            "！", "\n", "%");
    private final QueryService queries = new CqlQueryService();
    private final CollocatesAnalysis analysis = new CollocatesAnalysis(queries);

    record Sample(List<List<String>> documents, String query, int selectionMask, Map<String, Object> parameters) {
        TestCorpus corpus() {
            return TestCorpus.of("random", documents.stream().map(tokens -> String.join(" ", tokens)).toArray(String[]::new));
        }

        DocumentSelection selection() {
            return selectionMask < 0 ? DocumentSelection.ALL
                    : new DocumentSelection("mask " + selectionMask, d -> (selectionMask >> d & 1) == 1);
        }
    }

    @Provide
    Arbitrary<Sample> samples() {
        Arbitrary<List<String>> document = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(3, Arbitraries.of("经济", "的", "a", "。")),
                net.jqwik.api.Tuple.of(2, Arbitraries.of(VOCABULARY))).list().ofMinSize(1).ofMaxSize(25);
        Arbitrary<List<List<String>>> documents = document.list().ofMinSize(1).ofMaxSize(4);
        Arbitrary<String> query = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(5, Arbitraries.of(VOCABULARY).filter(w -> !w.equals("\n")).map(w -> '"' + w + '"')),
                net.jqwik.api.Tuple.of(1, Arbitraries.of("\"经济\" \"的\"", "[word=\"a|b|B\"]", "\"的\" []? \"a\"",
                        "[word=\"[^a-z]+\"]")));
        Arbitrary<Integer> mask = Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(2, Arbitraries.just(-1)),
                net.jqwik.api.Tuple.of(1, Arbitraries.integers().between(0, 15)));
        Arbitrary<Map<String, Object>> parameters = Combinators.combine(Arbitraries.longs().between(0, 4),
                Arbitraries.longs().between(0, 4), Arbitraries.of(true, false), Arbitraries.of(CountedTypes.parameterValues()),
                Arbitraries.of(VOCABULARY).set().ofMaxSize(3), minimum(), minimum(), Arbitraries.of(CollocateOptions.sortKeys()))
                .as((left, right, sentence, types, stopwords, minCollocate, minPair, sort) -> {
                    Map<String, Object> values = new HashMap<>();
                    values.put("left", left);
                    values.put("right", right);
                    values.put("within_sentence", sentence);
                    values.put(CountedTypes.PARAMETER, types);
                    values.put("stopwords", new StopwordList("random", stopwords));
                    values.put("min_collocate_count", minCollocate);
                    values.put("min_pair_count", minPair);
                    values.put("sort", sort);
                    return values;
                });
        Arbitrary<String> expected = Arbitraries.of("span", "table");
        Arbitrary<String> strategy = Arbitraries.of("shortest", "standard", "longest");
        return Combinators.combine(documents, query, mask, parameters, expected, strategy).as((docs, cql, bits, values, e, s) -> {
            Map<String, Object> all = new HashMap<>(values);
            all.put("query", cql);
            all.put("expected", e);
            all.put("strategy", s);
            return new Sample(docs, cql, bits, all);
        });
    }

    /** Mostly 1, so that most samples list something. */
    private static Arbitrary<Long> minimum() {
        return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(4, Arbitraries.just(1L)),
                net.jqwik.api.Tuple.of(1, Arbitraries.longs().between(2, 3)));
    }

    @Property(tries = 500, edgeCases = EdgeCasesMode.NONE)
    void equalsANaiveCount(@ForAll("samples") Sample sample) {
        TestCorpus corpus = sample.corpus();
        Map<String, Object> values = sample.parameters();
        Hits hits = queries.search(corpus, sample.selection(), sample.query(),
                MatchStrategy.valueOf(((String) values.get("strategy")).toUpperCase(Locale.ROOT)), Progress.NONE);
        CollocateOptions options = new CollocateOptions((int) (long) values.get("left"), (int) (long) values.get("right"),
                (boolean) values.get("within_sentence"), CountedTypes.ofParameter((String) values.get(CountedTypes.PARAMETER)),
                (StopwordList) values.get("stopwords"), (long) values.get("min_collocate_count"),
                (long) values.get("min_pair_count"), (String) values.get("sort"),
                ExpectedFrequency.valueOf(((String) values.get("expected")).toUpperCase(Locale.ROOT)));
        List<List<Object>> expected = NaiveCollocates.rows(corpus, sample.selection(), hits, options);
        Statistics.label("rows").collect(expected.isEmpty() ? "none" : expected.size() < 3 ? "1-2" : "3+");
        try (ResultTable table = analysis.run(corpus, sample.selection(), Parameters.of(values), Progress.NONE)) {
            assertEquals(expected, table.rows().toList());
        }
    }

    /** The galloping search finds the same span as a linear one, for positions in any order. */
    @Property(tries = 300)
    void spanFinderEqualsALinearSearch(@ForAll("starts") int[] starts, @ForAll @IntRange(min = 0, max = 1000) int seed) {
        int tokens = starts[starts.length - 1];
        SpanFinder finder = new SpanFinder(i -> starts[i], starts.length - 1);
        java.util.Random random = new java.util.Random(seed);
        for (int probe = 0; probe < 30; probe++) {
            int position = random.nextInt(tokens);
            int linear = 0;
            while (starts[linear + 1] <= position) {
                linear++;
            }
            assertEquals(linear, finder.indexOf(position), () -> "position " + position);
        }
    }

    /** Span starts from 0, ascending, some spans empty, the last entry the token count (at least 1). */
    @Provide
    Arbitrary<int[]> starts() {
        return Arbitraries.integers().between(0, 5).list().ofMinSize(1).ofMaxSize(40).map(lengths -> {
            int[] starts = new int[lengths.size() + 1];
            for (int i = 0; i < lengths.size(); i++) {
                starts[i + 1] = starts[i] + lengths.get(i);
            }
            if (starts[lengths.size()] == 0) {
                starts[lengths.size()] = 1;
            }
            return starts;
        });
    }

}
