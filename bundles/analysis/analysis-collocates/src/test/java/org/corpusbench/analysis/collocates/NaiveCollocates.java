package org.corpusbench.analysis.collocates;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.corpusbench.api.CodePointOrder;
import org.corpusbench.api.CorpusView;
import org.corpusbench.api.DocumentSelection;
import org.corpusbench.api.query.Hits;

/**
 * The collocate list the obvious way, for the properties: for each hit, walk outward position by
 * position inside its document (and sentence), keep the first L and R counted tokens, count them by
 * their text in a map; count N and every word's frequency by reading the selected documents; filter,
 * score with the (separately tested) measures and sort with a comparator over the texts.
 */
final class NaiveCollocates {
    private NaiveCollocates() {
    }

    static List<List<Object>> rows(CorpusView corpus, DocumentSelection selection, Hits hits, CollocateOptions options) {
        Map<String, long[]> sides = new HashMap<>();
        long windowTokens = 0;
        for (int hit = 0; hit < hits.size(); hit++) {
            int start = hits.start(hit);
            int last = Math.max(start, hits.end(hit) - 1);
            int from = corpus.documentStart(corpus.documentOf(start));
            int to = corpus.documentStart(corpus.documentOf(last) + 1);
            if (options.withinSentence()) {
                from = Math.max(from, corpus.sentenceStart(sentenceOf(corpus, start)));
                to = Math.min(to, corpus.sentenceStart(sentenceOf(corpus, last) + 1));
            }
            int taken = 0;
            for (int p = start - 1; p >= from && taken < options.left(); p--) {
                if (counted(corpus, options, p)) {
                    sides.computeIfAbsent(word(corpus, p), w -> new long[2])[0]++;
                    taken++;
                    windowTokens++;
                }
            }
            taken = 0;
            for (int p = hits.end(hit); p < to && taken < options.right(); p++) {
                if (counted(corpus, options, p)) {
                    sides.computeIfAbsent(word(corpus, p), w -> new long[2])[1]++;
                    taken++;
                    windowTokens++;
                }
            }
        }
        Map<String, Long> frequencies = new HashMap<>();
        long n = 0;
        for (int p = 0; p < corpus.tokenCount(); p++) {
            if (selection.contains(corpus.documentOf(p))) {
                frequencies.merge(word(corpus, p), 1L, Long::sum);
                n += counted(corpus, options, p) ? 1 : 0;
            }
        }
        long nodes = hits.size();
        List<Object[]> candidates = new ArrayList<>();
        for (Map.Entry<String, long[]> entry : sides.entrySet()) {
            long observed = entry.getValue()[0] + entry.getValue()[1];
            long frequency = frequencies.get(entry.getKey());
            if (observed >= options.minPairCount() && frequency >= options.minCollocateCount()
                    && !options.stopwords().contains(entry.getKey())) {
                ContingencyTable byFrequency = new ContingencyTable(observed, nodes, frequency, n);
                ContingencyTable bySpan = new ContingencyTable(observed, windowTokens, frequency, n);
                ContingencyTable byExpected = options.expected() == ExpectedFrequency.SPAN ? bySpan : byFrequency;
                List<Object> row = new ArrayList<>(List.of(0L, entry.getKey(), observed, frequency, nodes,
                        (double) nodes * frequency / n, bySpan.e11()));
                for (Measure measure : Measure.values()) {
                    row.add(measure.of(byExpected, byFrequency));
                }
                row.add(entry.getValue()[0]);
                row.add(entry.getValue()[1]);
                double key = options.sort().equals("observed") ? observed
                        : (double) row.get(7 + List.of(Measure.values()).indexOf(Measure.ofColumn(options.sort())));
                candidates.add(new Object[] {key, row});
            }
        }
        candidates.sort(Comparator.<Object[], Boolean>comparing(c -> Double.isNaN((double) c[0]))
                .thenComparing(c -> (double) c[0], Comparator.reverseOrder())
                .thenComparing(c -> (long) row(c).get(2), Comparator.reverseOrder())
                .thenComparing(c -> (String) row(c).get(1), CodePointOrder.COMPARATOR));
        List<List<Object>> rows = new ArrayList<>();
        for (Object[] candidate : candidates) {
            List<Object> row = row(candidate);
            row.set(0, (long) rows.size() + 1);
            rows.add(row);
        }
        return rows;
    }

    @SuppressWarnings("unchecked")
    private static List<Object> row(Object[] candidate) {
        return (List<Object>) candidate[1];
    }

    private static int sentenceOf(CorpusView corpus, int position) {
        int sentence = 0;
        while (corpus.sentenceStart(sentence + 1) <= position) {
            sentence++;
        }
        return sentence;
    }

    private static boolean counted(CorpusView corpus, CollocateOptions options, int position) {
        return options.countedTypes().includes(corpus.lexicon().category(corpus.typeId(position)));
    }

    private static String word(CorpusView corpus, int position) {
        return corpus.lexicon().type(corpus.typeId(position));
    }
}
