package org.corpusbench.analysis.frequency;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.corpusbench.api.DocumentSelection;
import org.corpusbench.api.Progress;
import org.corpusbench.api.analysis.CountedTypes;
import org.corpusbench.testing.TestCorpus;

/** The pass split over threads against each type measured from its postings: the same doubles for any number of threads. */
class DispersionPassTest {
    private static final List<String> VOCABULARY = List.of("甲", "乙", "丙", "丁", "经济", "发展", "豈", "𠀀", "2024", "7",
            "ABC", "x", "，", "。", "■");

    @Property(tries = 300)
    void everyThreadCountGivesThePostingsDoubles(@ForAll("documents") List<List<String>> documents,
            @ForAll @Size(8) List<Boolean> chosen, @ForAll boolean wholeCorpus, @ForAll CountedTypes types,
            @ForAll @IntRange(min = 1, max = 6) int threads) {
        TestCorpus corpus = TestCorpus.of("random", documents.stream().map(d -> String.join(" ", d)).toArray(String[]::new));
        DocumentSelection selection = wholeCorpus ? DocumentSelection.ALL : new DocumentSelection("random", chosen::get);
        CountedSelection counted = CountedSelection.of(corpus, selection, types, Progress.NONE);
        DispersionMeter meter = new DispersionMeter(corpus, counted);

        DispersionPass pass = DispersionPass.run(corpus, selection, counted, Progress.NONE, threads);

        for (int type = 0; type < counted.counts.length; type++) {
            if (counted.counts[type] > 0) {
                assertEquals(meter.measure(type), pass.dispersion(type), "type " + corpus.lexicon().type(type));
            }
        }
    }

    /** Types measured already (the list's top rows) are left out, and every other type still gets the postings doubles. */
    @Property(tries = 200)
    void typesMeasuredAlreadyChangeNothingElse(@ForAll("documents") List<List<String>> documents,
            @ForAll @Size(8) List<Boolean> chosen, @ForAll boolean wholeCorpus, @ForAll CountedTypes types,
            @ForAll @IntRange(min = 1, max = 4) int threads, @ForAll @Size(16) List<Boolean> measuredAlready) {
        TestCorpus corpus = TestCorpus.of("random", documents.stream().map(d -> String.join(" ", d)).toArray(String[]::new));
        DocumentSelection selection = wholeCorpus ? DocumentSelection.ALL : new DocumentSelection("random", chosen::get);
        CountedSelection counted = CountedSelection.of(corpus, selection, types, Progress.NONE);
        DispersionMeter meter = new DispersionMeter(corpus, counted);
        int[] measured = IntStream.range(0, counted.counts.length).filter(type -> measuredAlready.get(type % 16)).toArray();

        DispersionPass pass = DispersionPass.run(corpus, selection, counted, Progress.NONE, measured, threads);

        for (int type = 0; type < counted.counts.length; type++) {
            if (counted.counts[type] > 0 && !measuredAlready.get(type % 16)) {
                assertEquals(meter.measure(type), pass.dispersion(type), "type " + corpus.lexicon().type(type));
            }
        }
    }

    @Example
    void cancellingStopsEveryThreadAndReachesTheCaller() {
        String[] documents = new String[50];
        for (int i = 0; i < documents.length; i++) {
            documents[i] = "甲 乙 丙 丁 经济 发展 " + i;
        }
        TestCorpus corpus = TestCorpus.of("many", documents);
        CountedSelection counted = CountedSelection.of(corpus, DocumentSelection.ALL, CountedTypes.WORDS, Progress.NONE);
        AtomicInteger checks = new AtomicInteger();
        Progress cancelledSoon = new Progress() {
            @Override
            public void report(String stage, long done, long total) {
            }

            @Override
            public boolean isCancelled() {
                return checks.incrementAndGet() > 10;
            }
        };

        assertThrows(CancellationException.class, () -> DispersionPass.run(corpus, DocumentSelection.ALL, counted,
                cancelledSoon, 3));
    }

    @Provide
    Arbitrary<List<List<String>>> documents() {
        return Arbitraries.of(VOCABULARY).list().ofMinSize(1).ofMaxSize(14).list().ofMinSize(1).ofMaxSize(8);
    }
}
