package org.corpusbench.analysis.concordance;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.corpusbench.api.CorpusView;
import org.corpusbench.api.DocumentSelection;
import org.corpusbench.api.query.Hits;

/**
 * The obviously correct concordance the tests compare with: hits found by comparing token strings
 * at every position, lines cut from the cleaned text's code points, sort keys as full strings
 * compared code point by code point.
 */
final class NaiveConcordance {
    private static final Pattern TOKEN = Pattern.compile("\"([^\"]+)\"|\\[word(!?)=\"([^\"]+)\"\\]");

    private NaiveConcordance() {
    }

    /** A hit as the naive search finds it. */
    record Hit(int document, int start, int end) {
    }

    /**
     * Reads the queries the random samples make: tokens {@code "w"}, {@code [word="regex"]} and
     * {@code [word!="regex"]}, each a test of a whole token.
     */
    static List<Predicate<String>> tokenTests(String cql) {
        List<Predicate<String>> tests = new ArrayList<>();
        Matcher matcher = TOKEN.matcher(cql);
        while (matcher.find()) {
            Pattern pattern = Pattern.compile(matcher.group(1) != null ? matcher.group(1) : matcher.group(3));
            boolean negated = "!".equals(matcher.group(2));
            tests.add(word -> pattern.matcher(word).matches() != negated);
        }
        return tests;
    }

    static String word(CorpusView corpus, int position) {
        return corpus.lexicon().type(corpus.typeId(position));
    }

    static List<Hit> hits(CorpusView corpus, DocumentSelection selection, String cql) {
        List<Predicate<String>> tests = tokenTests(cql);
        List<Hit> hits = new ArrayList<>();
        for (int d = 0; d < corpus.documentCount(); d++) {
            if (!selection.contains(d)) {
                continue;
            }
            for (int p = corpus.documentStart(d); p + tests.size() <= corpus.documentStart(d + 1); p++) {
                boolean match = true;
                for (int i = 0; i < tests.size(); i++) {
                    match &= tests.get(i).test(word(corpus, p + i));
                }
                if (match) {
                    hits.add(new Hit(d, p, p + tests.size()));
                }
            }
        }
        return hits;
    }

    /**
     * Hits of varying lengths (1 to 3 tokens, some sharing a start) at random places of the
     * selected documents, as a variable-length query gives them; in corpus order, ties by end.
     */
    static List<Hit> randomHits(CorpusView corpus, DocumentSelection selection, long seed) {
        Random random = new Random(seed);
        List<Hit> hits = new ArrayList<>();
        for (int d = 0; d < corpus.documentCount(); d++) {
            int end = corpus.documentStart(d + 1);
            for (int p = corpus.documentStart(d); p < end && selection.contains(d); p++) {
                int longest = Math.min(3, end - p);
                for (int length = 1; length <= longest; length++) {
                    if (random.nextInt(4) == 0) {
                        hits.add(new Hit(d, p, p + length));
                    }
                }
            }
        }
        return hits;
    }

    static Hits asHits(List<Hit> hits) {
        return new Hits(hits.stream().mapToInt(Hit::start).toArray(), hits.stream().mapToInt(Hit::end).toArray());
    }

    /** The lines of every hit in corpus order, without their number. */
    static List<List<Object>> lines(CorpusView corpus, List<Hit> hits, int context, ContextUnit unit) {
        List<List<Object>> lines = new ArrayList<>();
        for (Hit hit : hits) {
            int[] text = corpus.document(hit.document()).cleanedText().codePoints().toArray();
            int nodeStart = corpus.tokenStart(hit.start());
            int nodeEnd = corpus.tokenEnd(hit.end() - 1);
            int leftStart;
            int rightEnd;
            if (unit == ContextUnit.TOKENS) {
                int first = Math.max(corpus.documentStart(hit.document()), hit.start() - context);
                int last = Math.min(corpus.documentStart(hit.document() + 1) - 1, hit.end() - 1 + context);
                leftStart = first == hit.start() ? nodeStart : corpus.tokenStart(first);
                rightEnd = last == hit.end() - 1 ? nodeEnd : corpus.tokenEnd(last);
            } else {
                leftStart = Math.max(0, nodeStart - context);
                rightEnd = Math.min(text.length, nodeEnd + context);
            }
            String metadata = new TreeMap<>(corpus.document(hit.document()).metadata()).entrySet().stream()
                    .map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining("; "));
            // the original span: from the least to just after the greatest original offset of the node's code points
            long originalStart = Long.MAX_VALUE;
            long originalEnd = Long.MIN_VALUE;
            for (int c = nodeStart; c < nodeEnd; c++) {
                originalStart = Math.min(originalStart, corpus.offsets(hit.document()).toOriginal(c));
                originalEnd = Math.max(originalEnd, corpus.offsets(hit.document()).toOriginal(c) + 1);
            }
            lines.add(List.of(corpus.document(hit.document()).id(), metadata, cut(text, leftStart, nodeStart),
                    cut(text, nodeStart, nodeEnd), cut(text, nodeEnd, rightEnd), (long) nodeStart, (long) nodeEnd,
                    originalStart, originalEnd, (long) hit.start()));
        }
        return lines;
    }

    private static String cut(int[] codePoints, int from, int to) {
        return new String(codePoints, from, to - from);
    }

    /** @return the hit indices sorted as the sort's documentation says, by comparing strings */
    static List<Integer> order(CorpusView corpus, List<Hit> hits, KwicSort sort, long seed) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < hits.size(); i++) {
            order.add(i);
        }
        if (sort == KwicSort.RANDOM) {
            Collections.shuffle(order, new Random(seed));
        } else if (sort != KwicSort.CORPUS) {
            order.sort(Comparator.comparing((Integer i) -> keys(corpus, hits.get(i), sort), NaiveConcordance::compareWords)
                    .thenComparing(i -> i));
        }
        return order;
    }

    private static List<String> keys(CorpusView corpus, Hit hit, KwicSort sort) {
        List<String> keys = new ArrayList<>();
        if (sort == KwicSort.NODE) {
            for (int p = hit.start(); p < Math.min(hit.end(), hit.start() + 3); p++) { // the first three words only
                keys.add(word(corpus, p));
            }
            return keys;
        }
        int from = corpus.documentStart(hit.document());
        int to = corpus.documentStart(hit.document() + 1);
        int distance = Integer.parseInt(sort.name().substring(sort.name().length() - 1));
        for (int level = 0; level < 3; level++) {
            int p = sort.name().startsWith("LEFT") ? hit.start() - distance - level : hit.end() - 1 + distance + level;
            keys.add(p >= from && p < to ? word(corpus, p) : "");
        }
        return keys;
    }

    /** Lists of words, word by word in code-point order; a list that is a prefix of another first. */
    private static int compareWords(List<String> a, List<String> b) {
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
            int c = Arrays.compare(a.get(i).codePoints().toArray(), b.get(i).codePoints().toArray());
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(a.size(), b.size());
    }
}
