package org.corpusbench.analysis.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.corpusbench.analysis.profile.TextProfiler.Level;
import org.corpusbench.api.DocumentSelection;
import org.corpusbench.api.Progress;
import org.corpusbench.api.SentenceBoundaries;
import org.corpusbench.testing.TestCorpus;

/** The profiler equals a naive profile over token strings with HashMaps on random small corpora. */
class TextProfilerPropertyTest {
    private static final List<String> TOKENS = List.of("经济", "发展", "的", "中国", "人民", "2024", "GDP", "𠀀字", "，",
            "。", "！", "、");

    record Case(List<List<String>> documents, List<Boolean> selected, Level level, int chunk) {
    }

    @Property(tries = 300)
    void equalsANaiveProfile(@ForAll("cases") Case example) {
        TestCorpus corpus = TestCorpus.of("random", example.documents().stream().map(tokens -> String.join(" ", tokens))
                .toArray(String[]::new));

        List<TextProfile> actual = new TextProfiler().profile(corpus, new DocumentSelection("r", example.selected()::get),
                example.level(), example.chunk(), Progress.NONE);

        List<TextProfile> expected = naive(example);
        assertEquals(expected.size(), actual.size());
        for (int i = 0; i < expected.size(); i++) {
            assertClose(expected.get(i), actual.get(i));
        }
    }

    @Provide
    Arbitrary<Case> cases() {
        Arbitrary<List<List<String>>> documents = Arbitraries.of(TOKENS).list().ofMinSize(1).ofMaxSize(20).list()
                .ofMinSize(1).ofMaxSize(5);
        return documents.flatMap(docs -> Combinators.combine(Arbitraries.of(true, true, false).list().ofSize(docs.size()),
                Arbitraries.of(Level.class), Arbitraries.integers().between(1, 6))
                .as((selected, level, chunk) -> new Case(docs, selected, level, chunk)));
    }

    private static List<TextProfile> naive(Case example) {
        List<TextProfile> rows = new ArrayList<>();
        List<List<String>> allWords = new ArrayList<>();
        long allTokens = 0;
        long allSentences = 0;
        for (int doc = 0; doc < example.documents().size(); doc++) {
            if (!example.selected().get(doc)) {
                continue;
            }
            List<String> tokens = example.documents().get(doc);
            List<String> words = tokens.stream().filter(TextProfilerPropertyTest::isWord).toList();
            long sentences = sentences(tokens);
            allWords.add(words);
            allTokens += tokens.size();
            allSentences += sentences;
            if (example.level() != Level.CORPUS) {
                rows.add(profile("doc" + doc, tokens.size(), List.of(words), sentences, example.chunk()));
            }
        }
        if (example.level() != Level.DOCUMENTS) {
            rows.add(0, profile("all", allTokens, allWords, allSentences, example.chunk()));
        }
        return rows;
    }

    /** STTR chunks are cut in each document's words separately: a chunk never spans two documents. */
    private static TextProfile profile(String name, long tokens, List<List<String>> documentWords, long sentences, int chunk) {
        List<String> words = documentWords.stream().flatMap(List::stream).toList();
        Map<String, Integer> counts = new HashMap<>();
        words.forEach(word -> counts.merge(word, 1, Integer::sum));
        double ttrSum = 0;
        int chunks = 0;
        for (List<String> document : documentWords) {
            for (int c = 0; c < document.size() / chunk; c++, chunks++) {
                ttrSum += (double) new HashSet<>(document.subList(c * chunk, (c + 1) * chunk)).size() / chunk;
            }
        }
        long codePoints = words.stream().mapToLong(word -> word.codePointCount(0, word.length())).sum();
        long n = words.size();
        return new TextProfile(name, tokens, n, counts.size(), n == 0 ? Double.NaN : (double) counts.size() / n,
                chunks == 0 ? Double.NaN : ttrSum / chunks, counts.values().stream().filter(c -> c == 1).count(),
                counts.values().stream().filter(c -> c == 2).count(), n == 0 ? Double.NaN : (double) codePoints / n,
                sentences, sentences == 0 ? Double.NaN : (double) n / sentences);
    }

    /** A sentence ends after a sentence-final token and at the end of the document. */
    private static long sentences(List<String> tokens) {
        long sentences = 0;
        for (int i = 0; i < tokens.size(); i++) {
            if (SentenceBoundaries.endsSentence(tokens.get(i)) || i == tokens.size() - 1) {
                sentences++;
            }
        }
        return sentences;
    }

    private static boolean isWord(String token) {
        int first = token.codePointAt(0);
        return Character.isLetterOrDigit(first);
    }

    private static void assertClose(TextProfile expected, TextProfile actual) {
        String row = expected.document();
        assertEquals(expected.document(), actual.document());
        assertEquals(List.of(expected.tokens(), expected.wordTokens(), expected.types(), expected.hapax(), expected.dis(),
                expected.sentences()), List.of(actual.tokens(), actual.wordTokens(), actual.types(), actual.hapax(),
                actual.dis(), actual.sentences()), row);
        assertEquals(expected.ttr(), actual.ttr(), 1e-12, row + " ttr");
        assertEquals(expected.sttr(), actual.sttr(), 1e-12, row + " sttr");
        assertEquals(expected.meanWordLength(), actual.meanWordLength(), 1e-12, row + " mean word length");
        assertEquals(expected.meanSentenceLength(), actual.meanSentenceLength(), 1e-12, row + " mean sentence length");
    }
}
