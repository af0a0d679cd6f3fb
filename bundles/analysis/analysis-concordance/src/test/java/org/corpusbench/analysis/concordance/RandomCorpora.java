package org.corpusbench.analysis.concordance;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import org.corpusbench.api.Document;
import org.corpusbench.api.DocumentSelection;
import org.corpusbench.api.OffsetMap;
import org.corpusbench.api.Source;
import org.corpusbench.api.Token;
import org.corpusbench.api.TokenType;
import org.corpusbench.testing.TestCorpus;

/**
 * Small random corpora for the properties: a vocabulary with prefixes ("a", "ab"), case ("B", "b"),
 * a character beyond the Basic Multilingual Plane (where UTF-16 order and code-point order differ),
 * punctuation and digits; spaces, newlines and ideographic spaces between some tokens; an original
 * text with markup the cleaning removed, so offsets map to different original offsets; metadata
 * present or absent; and a query of one or two tokens, mostly literal ones next to each other in
 * the corpus, sometimes one the corpus lacks, sometimes a regular expression or its negation.
 */
final class RandomCorpora {
    static final List<String> VOCABULARY = List.of("经济", "发展", "的", "a", "ab", "B", "b", "𠀋", "\uFFFD", "，", "。",
            "2024");

    private RandomCorpora() {
    }

    /** A corpus, a query in it and a selection of its documents. */
    record Sample(TestCorpus corpus, String query, DocumentSelection selection) {
        @Override
        public String toString() {
            List<String> documents = new ArrayList<>();
            for (int d = 0; d < corpus.documentCount(); d++) {
                documents.add(corpus.document(d).cleanedText() + " " + corpus.metadata(d));
            }
            return "Sample[" + documents + ", query=" + query + ", selection=" + selection.expression() + "]";
        }
    }

    private record DocumentSpec(List<String> tokens, List<String> gaps, List<Integer> markup, Map<String, String> metadata) {
    }

    static Arbitrary<Sample> samples() {
        Arbitrary<Integer> mask = Arbitraries.frequencyOf(Tuple.of(2, Arbitraries.just(-1)),
                Tuple.of(1, Arbitraries.integers().between(0, 15)));
        return document().list().ofMinSize(1).ofMaxSize(4).flatMap(specs -> Combinators.combine(query(specs), mask)
                .as((cql, bits) -> new Sample(corpus(specs), cql, bits < 0 ? DocumentSelection.ALL
                        : new DocumentSelection("mask " + bits, d -> (bits >> d & 1) == 1))));
    }

    /** Mostly one or two tokens that occur together in the corpus, so most queries have hits. */
    private static Arbitrary<String> query(List<DocumentSpec> specs) {
        List<String> running = specs.stream().flatMap(spec -> spec.tokens().stream()).toList();
        Arbitrary<List<String>> anyTokens = Arbitraries.of(withAbsent()).list().ofMinSize(1).ofMaxSize(2);
        Arbitrary<List<String>> tokens = running.isEmpty() ? anyTokens : Arbitraries.frequencyOf(Tuple.of(1, anyTokens),
                Tuple.of(3, Combinators.combine(Arbitraries.integers().between(0, running.size() - 1),
                        Arbitraries.integers().between(1, 2)).as((at, length) -> running.subList(at,
                                Math.min(running.size(), at + length)))));
        Arbitrary<String> pattern = Arbitraries.of("[word=\"a.*\"]", "[word=\"经济|的\"]", "[word=\"[^a-z]+\"]");
        Arbitrary<String> second = Arbitraries.of("[word!=\"的\"]", "[word=\"b|B\"]", "[word=\".\"]");
        Arbitrary<String> literals = tokens.map(list -> String.join(" ", list.stream().map(t -> '"' + t + '"').toList()));
        return Arbitraries.frequencyOf(Tuple.of(6, literals), Tuple.of(1, pattern),
                Tuple.of(1, Combinators.combine(Arbitraries.frequencyOf(Tuple.of(1, pattern), Tuple.of(2, literals)), second)
                        .as((a, b) -> a.split(" ")[0] + " " + b)));
    }

    private static List<String> withAbsent() {
        List<String> tokens = new ArrayList<>(VOCABULARY);
        tokens.add("缺");
        return tokens;
    }

    private static Arbitrary<DocumentSpec> document() {
        Arbitrary<List<String>> tokens = Arbitraries.frequencyOf(Tuple.of(6, Arbitraries.of("经济", "a", "的", "B")),
                Tuple.of(4, Arbitraries.of(VOCABULARY))).list().ofMaxSize(14);
        Arbitrary<List<String>> gaps = Arbitraries.frequencyOf(Tuple.of(6, Arbitraries.just("")),
                Tuple.of(1, Arbitraries.of(" ", "\n", "\u3000", "  "))).list().ofSize(15);
        Arbitrary<List<Integer>> markup = Arbitraries.frequencyOf(Tuple.of(8, Arbitraries.just(0)),
                Tuple.of(2, Arbitraries.integers().between(1, 3))).list().ofSize(80);
        Arbitrary<Map<String, String>> metadata = Combinators.combine(Arbitraries.of("", "2023-03-01", "2023-03-02"),
                Arbitraries.of("", "1", "2", "𠀋")).as((date, page) -> {
                    Map<String, String> map = new LinkedHashMap<>();
                    if (!page.isEmpty()) {
                        map.put("page", page);
                    }
                    if (!date.isEmpty()) {
                        map.put("date", date);
                    }
                    return map;
                });
        return Combinators.combine(tokens, gaps, markup, metadata).as(DocumentSpec::new);
    }

    private static TestCorpus corpus(List<DocumentSpec> specs) {
        TestCorpus.Builder builder = TestCorpus.builder("random");
        for (int d = 0; d < specs.size(); d++) {
            DocumentSpec spec = specs.get(d);
            StringBuilder cleaned = new StringBuilder();
            List<Token> tokens = new ArrayList<>();
            for (int t = 0; t < spec.tokens().size(); t++) {
                cleaned.append(spec.gaps().get(t));
                int start = cleaned.codePointCount(0, cleaned.length());
                String text = spec.tokens().get(t);
                cleaned.append(text);
                tokens.add(new Token(text, start, start + text.codePointCount(0, text.length()), category(text)));
            }
            cleaned.append(spec.gaps().get(spec.tokens().size()));
            // the original holds markup the cleaning removed: "<>" repeated before some code points
            int[] cleanedCodePoints = cleaned.codePoints().toArray();
            int[] originalOffsets = new int[cleanedCodePoints.length + 1];
            StringBuilder original = new StringBuilder();
            for (int i = 0; i <= cleanedCodePoints.length; i++) {
                original.append("<>".repeat(spec.markup().get(i % spec.markup().size())));
                originalOffsets[i] = original.codePointCount(0, original.length());
                if (i < cleanedCodePoints.length) {
                    original.appendCodePoint(cleanedCodePoints[i]);
                }
            }
            String id = "d" + d;
            builder.source(new Source(id, id, Map.of()));
            builder.document(new Document(id, id, spec.metadata(), original.toString(), cleaned.toString()),
                    OffsetMap.of(originalOffsets), tokens);
        }
        return builder.build();
    }

    static TokenType category(String token) {
        int first = token.codePointAt(0);
        if (Character.UnicodeScript.of(first) == Character.UnicodeScript.HAN) {
            return TokenType.CHINESE_WORD;
        }
        if (Character.isDigit(first)) {
            return TokenType.NUMBER;
        }
        return Character.isLetter(first) ? TokenType.LATIN : TokenType.PUNCTUATION;
    }
}
