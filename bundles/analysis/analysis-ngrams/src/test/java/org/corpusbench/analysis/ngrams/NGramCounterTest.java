package org.corpusbench.analysis.ngrams;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.corpusbench.analysis.ngrams.NGramOptions.HitPosition;
import org.corpusbench.analysis.ngrams.NGramOptions.StopwordRule;
import org.corpusbench.analysis.ngrams.NGramOptions.Tokens;
import org.corpusbench.analysis.ngrams.NGramOptions.Unit;
import org.corpusbench.api.CorpusException;
import org.corpusbench.api.DocumentSelection;
import org.corpusbench.api.Progress;
import org.corpusbench.api.analysis.ResultTable;
import org.corpusbench.api.analysis.StopwordList;
import org.corpusbench.api.query.Hits;
import org.corpusbench.testing.TestCorpus;
import org.junit.jupiter.api.Test;

class NGramCounterTest {
    // sentences: [经济 发展 ， 经济 发展 很 快 。] [经济 发展] | [中国 经济 发展 。]
    private final TestCorpus corpus = TestCorpus.of("t", "经济 发展 ， 经济 发展 很 快 。 经济 发展", "中国 经济 发展 。");
    private final NGramCounter counter = new NGramCounter(1 << 20);

    @Test
    void wordBigramsBreakAtPunctuationSentencesAndDocuments() {
        // windows: 经济发展 | 经济发展, 发展很, 很快 | 经济发展 | 中国经济, 经济发展: 7 n-gram tokens
        assertEquals(List.of(List.of(1L, "经济 发展", 4L, 2L, 4e6 / 7), List.of(2L, "中国 经济", 1L, 1L, 1e6 / 7),
                List.of(3L, "发展 很", 1L, 1L, 1e6 / 7), List.of(4L, "很 快", 1L, 1L, 1e6 / 7)),
                rows(options(2, Unit.WORDS, Tokens.WORDS, 1, 1), null));
    }

    @Test
    void allTokenTypesKeepPunctuationButNotSentenceOrDocumentCrossings() {
        List<List<Object>> rows = rows(options(2, Unit.WORDS, Tokens.ALL, 1, 1), null);

        assertEquals(List.of(1L, "经济 发展", 4L, 2L, 4e6 / 11), rows.get(0));
        assertEquals(Set.of("经济 发展", "发展 ，", "， 经济", "发展 很", "很 快", "快 。", "中国 经济", "发展 。"), ngrams(rows));
    }

    @Test
    void characterBigramsCrossWordsButNotPunctuation() {
        // runs: 经济发展 | 经济发展很快 | 经济发展 | 中国经济发展: 3 + 5 + 3 + 5 = 16 windows
        assertEquals(List.of(List.of(1L, "发展", 4L, 2L, 4e6 / 16), List.of(2L, "济发", 4L, 2L, 4e6 / 16),
                List.of(3L, "经济", 4L, 2L, 4e6 / 16), List.of(4L, "中国", 1L, 1L, 1e6 / 16),
                List.of(5L, "国经", 1L, 1L, 1e6 / 16), List.of(6L, "展很", 1L, 1L, 1e6 / 16),
                List.of(7L, "很快", 1L, 1L, 1e6 / 16)), rows(options(2, Unit.CHARACTERS, Tokens.WORDS, 1, 1), null));
    }

    @Test
    void minimumsLeaveOutRareAndNarrowNGrams() {
        assertEquals(Set.of("经济 发展"), ngrams(rows(options(2, Unit.WORDS, Tokens.WORDS, 1, 2), null)));
        assertEquals(Set.of("经济 发展"), ngrams(rows(options(2, Unit.WORDS, Tokens.WORDS, 2, 1), null)));
        assertEquals(Set.of("发展", "济发", "经济"), ngrams(rows(options(2, Unit.CHARACTERS, Tokens.WORDS, 1, 2), null)));
    }

    @Test
    void hitsKeepTheNGramsThatContainThemWhereAsked() {
        Hits hen = new Hits(new int[] {5}, new int[] {6});

        List<List<Object>> any = rows(options(2, Unit.WORDS, Tokens.WORDS, 1, 1), hen);
        assertEquals(List.of(List.of(1L, "发展 很", 1L, 1L, 1e6 / 7), List.of(2L, "很 快", 1L, 1L, 1e6 / 7)), any);
        assertEquals(Set.of("很 快"), ngrams(rows(withPosition(HitPosition.LEFT), hen)));
        assertEquals(Set.of("发展 很"), ngrams(rows(withPosition(HitPosition.RIGHT), hen)));
    }

    @Test
    void aHitIsCountedOnceInEachWindowAndLongHitsFitNone() {
        // hits 经济 (3) and 发展 (4) both lie in the window 3-4; the hit 3-6 is longer than a bigram
        Hits twoInOne = new Hits(new int[] {3, 3, 4}, new int[] {4, 6, 5});

        assertEquals(List.of(List.of(1L, "发展 很", 1L, 1L, 1e6 / 7), List.of(2L, "经济 发展", 1L, 1L, 1e6 / 7)),
                rows(options(2, Unit.WORDS, Tokens.WORDS, 1, 1), twoInOne));
    }

    @Test
    void stopwordRulesLeaveOutDifferentTrigrams() {
        // trigrams: 经济 发展 很, 发展 很 快, 中国 经济 发展
        assertEquals(Set.of("中国 经济 发展"), ngrams(rows(withStopwords(3, Set.of("很"), StopwordRule.ANY), null)));
        assertEquals(Set.of("中国 经济 发展", "发展 很 快"), ngrams(rows(withStopwords(3, Set.of("很"), StopwordRule.EDGE), null)));
        assertEquals(Set.of("中国 经济 发展", "发展 很 快", "经济 发展 很"),
                ngrams(rows(withStopwords(3, Set.of("很"), StopwordRule.ALL), null)));
        assertEquals(Set.of("中国 经济 发展", "发展 很 快"),
                ngrams(rows(withStopwords(3, Set.of("经济", "很"), StopwordRule.EDGE), null)));
    }

    @Test
    void stopwordsDoNotChangeTheNGramTokensPerMillionIsBasedOn() {
        List<List<Object>> rows = rows(withStopwords(2, Set.of("很"), StopwordRule.ANY), null);

        assertEquals(List.of(1L, "经济 发展", 4L, 2L, 4e6 / 7), rows.get(0));
    }

    @Test
    void characterStopwordsAreOneCharacterEntries() {
        NGramOptions options = new NGramOptions(2, Unit.CHARACTERS, Tokens.WORDS, 1, 1,
                new StopwordList("s", Set.of("济", "发展")), StopwordRule.ANY, HitPosition.ANY);

        assertEquals(Set.of("发展", "中国", "国经", "展很", "很快"), ngrams(rows(options, null)));
    }

    @Test
    void aSelectionCountsOnlyItsDocuments() {
        ResultTable table = counter.count(corpus, new DocumentSelection("1", doc -> doc == 1),
                options(2, Unit.WORDS, Tokens.WORDS, 1, 1), null, Progress.NONE);

        assertEquals(List.of(List.of(1L, "中国 经济", 1L, 1L, 5e5), List.of(2L, "经济 发展", 1L, 1L, 5e5)), table.rows().toList());
    }

    @Test
    void aTinyTableCountsInPartitionsWithTheSameResult() {
        TestCorpus many = TestCorpus.of("m", "甲 乙 丙 丁 戊 己 庚 辛 壬 癸 子 丑 寅 卯 辰 巳 午 未 申 酉 戌 亥 甲 乙 丙 丁 戊 己",
                "子 丑 寅 卯 辰 巳 午 未 申 酉 戌 亥 天 地 人 和");
        NGramOptions options = options(2, Unit.WORDS, Tokens.WORDS, 1, 1);

        List<List<Object>> partitioned = new NGramCounter(0).count(many, DocumentSelection.ALL, options, null, Progress.NONE)
                .rows().toList();

        assertEquals(counter.count(many, DocumentSelection.ALL, options, null, Progress.NONE).rows().toList(), partitioned);
        // 甲 乙 ... 戊 己 twice in doc0; 子 丑 ... 戌 亥 in both documents; 丁 (U+4E01) sorts first
        assertEquals(List.of(1L, "丁 戊", 2L, 1L, 2e6 / 42), partitioned.get(0));
        assertEquals(List.of(2L, "丑 寅", 2L, 2L, 2e6 / 42), partitioned.get(1));
    }

    @Test
    void aQueryWithCharacterNGramsIsRefused() {
        assertThrows(CorpusException.class, () -> counter.count(corpus, DocumentSelection.ALL,
                options(2, Unit.CHARACTERS, Tokens.WORDS, 1, 1), Hits.NONE, Progress.NONE));
    }

    private List<List<Object>> rows(NGramOptions options, Hits hits) {
        try (ResultTable table = counter.count(corpus, DocumentSelection.ALL, options, hits, Progress.NONE)) {
            return table.rows().toList();
        }
    }

    private static Set<Object> ngrams(List<List<Object>> rows) {
        return rows.stream().map(row -> row.get(1)).collect(Collectors.toSet());
    }

    private static NGramOptions options(int n, Unit unit, Tokens tokens, long minCount, long minRange) {
        return new NGramOptions(n, unit, tokens, minCount, minRange, StopwordList.NONE, StopwordRule.ANY, HitPosition.ANY);
    }

    private static NGramOptions withPosition(HitPosition position) {
        return new NGramOptions(2, Unit.WORDS, Tokens.WORDS, 1, 1, StopwordList.NONE, StopwordRule.ANY, position);
    }

    private static NGramOptions withStopwords(int n, Set<String> words, StopwordRule rule) {
        return new NGramOptions(n, Unit.WORDS, Tokens.WORDS, 1, 1, new StopwordList("s", words), rule, HitPosition.ANY);
    }
}
