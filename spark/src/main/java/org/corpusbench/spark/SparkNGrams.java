package org.corpusbench.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Row;
import org.corpusbench.analysis.ngrams.NGramCounter;
import org.corpusbench.analysis.ngrams.NGramOptions;
import org.corpusbench.api.SentenceBoundaries;
import org.corpusbench.api.TokenType;
import scala.Tuple2;

/**
 * The workbench's {@code ngrams} analysis ({@link NGramCounter}: AntConc's N-Grams) over the whole
 * corpus, computed by Spark with the same windows: n consecutive components of one sentence (tokens,
 * or the code points of a run of consecutive tokens), every token eligible (a word token, unless
 * every token is asked for); an ineligible token or a sentence start ({@link SentenceBoundaries})
 * breaks the sequence. Each document counts its windows where it is; counts and ranges are summed
 * by n-gram; rows are ordered by count descending, then component by component in code-point
 * order, and made by {@link NGramCounter#row}. Stopwords and a query (AntConc's Clusters) are the
 * workbench's alone for now.
 */
final class SparkNGrams {

    /**
     * @param n components per n-gram, 2 to 6
     * @param unit words or characters
     * @param tokens which tokens n-grams are made of
     * @param minCount the least count listed
     * @param minRange the least number of documents an n-gram is in
     */
    record Options(int n, NGramOptions.Unit unit, NGramOptions.Tokens tokens, long minCount, long minRange)
            implements Serializable {
        Options {
            new NGramOptions(n, unit, tokens, minCount, minRange, org.corpusbench.api.analysis.StopwordList.NONE,
                    NGramOptions.StopwordRule.ANY, NGramOptions.HitPosition.ANY); // the workbench's checks
        }
    }

    /** An n-gram's components (tokens, or single code points), ordered component by component in code-point order. */
    record NGram(String[] components) implements Comparable<NGram>, Serializable {
        @Override
        public boolean equals(Object other) {
            return other instanceof NGram ngram && Arrays.equals(components, ngram.components);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(components);
        }

        @Override
        public int compareTo(NGram other) {
            for (int i = 0; i < components.length; i++) {
                int byComponent = CodePoints.compare(components[i], other.components[i]);
                if (byComponent != 0) {
                    return byComponent;
                }
            }
            return 0;
        }

        @Override
        public String toString() {
            return String.join(" ", components);
        }
    }

    /** Sorts as the workbench lists: count descending, then the n-gram. */
    record ListOrder(long count, NGram ngram) implements Comparable<ListOrder>, Serializable {
        @Override
        public int compareTo(ListOrder other) {
            int byCount = Long.compare(other.count, count);
            return byCount != 0 ? byCount : ngram.compareTo(other.ngram);
        }
    }

    /** The key the documents' numbers of windows are summed under beside the n-grams': no n-gram has no component. */
    private static final NGram ALL_WINDOWS = new NGram(new String[0]);

    /** A document's windows: each n-gram with its count there, and how many windows it has in all. */
    private record DocumentWindows(Map<NGram, Long> counts, long windows) {
    }

    /**
     * @param windows the n-gram tokens: every window of the corpus (AntConc's "N-Gram Tokens")
     * @param rows the listed n-grams, numbered, sorted as the list
     */
    record Result(long windows, JavaRDD<List<Object>> rows) {
    }

    private SparkNGrams() {
    }

    static Result compute(JavaRDD<Row> documents, Options options) {
        // One pass over the corpus: each document's n-grams, and its number of windows under ALL_WINDOWS, summed
        // together. The total is then read from the summed partition holding it, and the list is sorted from the
        // same shuffle's files, so the corpus is neither read twice nor cached.
        JavaPairRDD<NGram, long[]> summed = documents.flatMapToPair(row -> countAndRange(windows(row, options)))
                .reduceByKey((a, b) -> new long[] {a[0] + b[0], a[1] + b[1]});
        long total = summed.lookup(ALL_WINDOWS).stream().mapToLong(counts -> counts[0]).sum();
        JavaPairRDD<NGram, long[]> counted = summed.filter(ngram -> ngram._1().components().length > 0
                && ngram._2()[0] >= options.minCount() && ngram._2()[1] >= options.minRange());
        String separator = options.unit() == NGramOptions.Unit.WORDS ? " " : "";
        JavaRDD<List<Object>> rows = counted.map(ngram -> ngram)
                .sortBy(ngram -> new ListOrder(ngram._2()[0], ngram._1()), true, counted.getNumPartitions())
                .zipWithIndex()
                .map(numbered -> NGramCounter.row(numbered._2() + 1, String.join(separator, numbered._1()._1().components()),
                        numbered._1()._2()[0], numbered._1()._2()[1], total));
        return new Result(total, rows);
    }

    /** @return each n-gram's count in the document and 1 for its range, and the document's windows under {@link #ALL_WINDOWS} */
    private static Iterator<Tuple2<NGram, long[]>> countAndRange(DocumentWindows document) {
        List<Tuple2<NGram, long[]>> out = new ArrayList<>(document.counts().size() + 1);
        document.counts().forEach((ngram, count) -> out.add(new Tuple2<>(ngram, new long[] {count, 1})));
        out.add(new Tuple2<>(ALL_WINDOWS, new long[] {document.windows(), 0}));
        return out.iterator();
    }

    /** A document's windows, as the workbench's window scanner finds them. */
    private static DocumentWindows windows(Row row, Options options) {
        int n = options.n();
        boolean characters = options.unit() == NGramOptions.Unit.CHARACTERS;
        boolean everyToken = options.tokens() == NGramOptions.Tokens.ALL;
        String[] ring = new String[n];
        int run = 0;
        long windows = 0;
        Map<NGram, Long> counts = new HashMap<>();
        for (Row token : row.<Row>getList(DocumentRows.TOKENS_AT)) {
            String text = token.getString(DocumentRows.WORD_AT);
            if (!everyToken && !TokenType.valueOf(token.getString(DocumentRows.TYPE_AT)).isWord()) {
                run = 0;
            } else if (characters) {
                for (int i = 0; i < text.length(); ) {
                    int cp = text.codePointAt(i);
                    i += Character.charCount(cp);
                    ring[run++ % n] = new String(Character.toChars(cp));
                    windows += countIfFull(ring, run, counts);
                }
            } else {
                ring[run++ % n] = text;
                windows += countIfFull(ring, run, counts);
            }
            if (SentenceBoundaries.endsSentence(text)) {
                run = 0; // the next token starts a sentence
            }
        }
        return new DocumentWindows(counts, windows);
    }

    /** @return 1 if the last n components make a window, which is counted, else 0 */
    private static int countIfFull(String[] ring, int run, Map<NGram, Long> counts) {
        int n = ring.length;
        if (run < n) {
            return 0;
        }
        String[] components = new String[n];
        for (int i = 0; i < n; i++) {
            components[i] = ring[(run + i) % n];
        }
        counts.merge(new NGram(components), 1L, Long::sum);
        return 1;
    }
}
