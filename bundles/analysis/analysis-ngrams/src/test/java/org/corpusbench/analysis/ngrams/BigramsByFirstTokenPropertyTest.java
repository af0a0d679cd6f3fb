package org.corpusbench.analysis.ngrams;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CancellationException;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.corpusbench.analysis.ngrams.NGramCounterPropertyTest.Case;
import org.corpusbench.analysis.ngrams.NGramOptions.HitPosition;
import org.corpusbench.analysis.ngrams.NGramOptions.StopwordRule;
import org.corpusbench.analysis.ngrams.NGramOptions.Tokens;
import org.corpusbench.analysis.ngrams.NGramOptions.Unit;
import org.corpusbench.api.DocumentSelection;
import org.corpusbench.api.Progress;
import org.corpusbench.api.analysis.StopwordList;
import org.corpusbench.testing.TestCorpus;
import org.junit.jupiter.api.Test;

/**
 * Word bigrams without a query, the cases {@link BigramsByFirstToken} counts, equal the naive
 * count on random corpora with many short documents (so positions jump over several documents)
 * and on the whole corpus as well as on sub-selections, on one thread and on several (more threads
 * than documents leave some parts empty), with buffers of a few windows (many buckets, and first
 * types with more windows than the buffer counted straight from their scan).
 */
class BigramsByFirstTokenPropertyTest {
    private static final List<String> TOKENS = List.of("经济", "发展", "的", "中国", "人民", "2024", "GDP", "，", "。", "！");
    private static final List<String> STOPWORD_CANDIDATES = List.of("的", "人民", "发展", "GDP");

    @Property(tries = 250)
    void equalTheNaiveCount(@ForAll("bigramCases") Case example, @ForAll boolean wholeCorpus,
            @ForAll @IntRange(min = 1, max = 5) int threads, @ForAll @IntRange(min = 0, max = 40) int spareWindows) {
        TestCorpus corpus = TestCorpus.of("random", example.documents().stream().map(tokens -> String.join(" ", tokens))
                .toArray(String[]::new));
        Case counted = wholeCorpus ? allSelected(example) : example;
        DocumentSelection selection = wholeCorpus ? DocumentSelection.ALL
                : new DocumentSelection("random", example.selected()::get);
        // a buffer of a few windows: many buckets, and first types counted straight from their scan
        long tableBytes = BigramsByFirstToken.bytes(corpus) + (threads - 1) * BigramsByFirstToken.bytesPerExtraThread(corpus)
                + Long.BYTES * spareWindows;
        NGramCounter counter = new NGramCounter(tableBytes, true, threads);
        assertTrue(counter.countsByFirstToken(corpus, selection, example.options(), null)
                || selection.tokenCount(corpus) == 0, "took the first-token path");
        assertEquals(threads, counter.firstTokenThreads(corpus), "threads used");

        assertEquals(NGramCounterPropertyTest.naive(corpus, counted, null),
                NGramCounterPropertyTest.rows(counter, corpus, selection, counted, null));
    }

    @Test
    void everyThreadStopsWhenCancelled() {
        String document = String.join(" ", TOKENS);
        TestCorpus corpus = TestCorpus.of("cancelled", document, document, document);
        NGramOptions options = new NGramOptions(2, Unit.WORDS, Tokens.ALL, 1, 1, StopwordList.NONE, StopwordRule.ANY,
                HitPosition.ANY);
        Progress cancelled = new Progress() {
            @Override
            public void report(String stage, long done, long total) {
            }

            @Override
            public boolean isCancelled() {
                return true;
            }
        };
        for (int threads = 1; threads <= 3; threads++) {
            NGramCounter counter = new NGramCounter(1 << 20, true, threads);
            assertThrows(CancellationException.class,
                    () -> counter.count(corpus, DocumentSelection.ALL, options, null, cancelled), threads + " threads");
        }
    }

    @Provide
    Arbitrary<Case> bigramCases() {
        Arbitrary<List<String>> document = Arbitraries.of(TOKENS).list().ofMinSize(1).ofMaxSize(8);
        Arbitrary<List<List<String>>> documents = document.list().ofMinSize(1).ofMaxSize(12);
        Arbitrary<NGramOptions> options = Combinators.combine(Arbitraries.of(Tokens.class), Arbitraries.longs().between(1, 4),
                Arbitraries.longs().between(1, 3), Arbitraries.subsetOf(STOPWORD_CANDIDATES), Arbitraries.of(StopwordRule.class))
                .as((tokens, minCount, minRange, stopwords, rule) -> new NGramOptions(2, Unit.WORDS, tokens, minCount, minRange,
                        stopwords.isEmpty() ? StopwordList.NONE : new StopwordList("s", stopwords), rule, HitPosition.ANY));
        return documents.flatMap(docs -> Combinators.combine(Arbitraries.of(true, true, false).list().ofSize(docs.size()),
                options).as((selected, opts) -> new Case(docs, selected, opts, List.of(), 1 << 20)));
    }

    private static Case allSelected(Case example) {
        return new Case(example.documents(), example.documents().stream().map(document -> true).toList(),
                example.options(), example.query(), example.tableBytes());
    }
}
