package org.corpusbench.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Row;
import org.apache.spark.storage.StorageLevel;
import org.corpusbench.analysis.collocates.CollocateOptions;
import org.corpusbench.analysis.collocates.Collocates;
import org.corpusbench.analysis.collocates.ExpectedFrequency;
import org.corpusbench.analysis.collocates.Scoring;
import org.corpusbench.api.CorpusException;
import org.corpusbench.api.SentenceBoundaries;
import org.corpusbench.api.TokenType;
import org.corpusbench.api.analysis.CountedTypes;
import org.corpusbench.api.analysis.StopwordList;
import scala.Tuple2;

/**
 * The workbench's {@code collocates} analysis ({@link Collocates}) of a node word over the whole
 * corpus, computed by Spark with the same windows: the L counted tokens before each of the node's
 * tokens and the R after, uncounted tokens skipped, never across the document (nor the sentence, if
 * asked), a position counted once per hit whose window covers it. Each document counts its windows
 * and its words where it is; left, right and the collocate's frequency are summed by word, and the
 * workbench's {@link Scoring} and {@link Collocates#compareRows} make and order the rows. The node
 * is one word, matched by its text as the CQL query {@code "word"} matches it; other CQL queries
 * are the workbench's alone.
 */
final class SparkCollocates {

    /** {@link CollocateOptions} without stopwords, with the node word, in a form Spark can ship to its executors. */
    record Options(String node, int left, int right, boolean withinSentence, CountedTypes countedTypes,
            long minCollocateCount, long minPairCount, String sort, ExpectedFrequency expected) implements Serializable {
        Options {
            if (node == null || node.isEmpty()) {
                throw new IllegalArgumentException("The node word is missing");
            }
            workbench(countedTypes, left, right, withinSentence, minCollocateCount, minPairCount, sort, expected); // its checks
        }

        CollocateOptions workbench() {
            return workbench(countedTypes, left, right, withinSentence, minCollocateCount, minPairCount, sort, expected);
        }

        private static CollocateOptions workbench(CountedTypes types, int left, int right, boolean withinSentence,
                long minCollocateCount, long minPairCount, String sort, ExpectedFrequency expected) {
            return new CollocateOptions(left, right, withinSentence, types, StopwordList.NONE, minCollocateCount,
                    minPairCount, sort, expected);
        }
    }

    /** Sorts as the workbench lists: {@link Collocates#compareRows}, then the collocate in code-point order. */
    record ListOrder(double key, long observed, String word) implements Comparable<ListOrder>, Serializable {
        @Override
        public int compareTo(ListOrder other) {
            int byRows = Collocates.compareRows(key, observed, other.key, other.observed);
            return byRows != 0 ? byRows : CodePoints.compare(word, other.word);
        }
    }

    /** A word's counts: left and right of the node, and in the sample. */
    record Counted(String word, long left, long right, long frequency) implements Serializable {
        long observed() {
            return left + right;
        }
    }

    /** A document's share: its words' counts, the node's hits, the counted tokens in their windows, its counted tokens. */
    private record DocumentCounts(Map<String, long[]> words, long hits, long windowTokens, long tokens) implements Serializable {
    }

    /**
     * @param hits the node's frequency
     * @param windowTokens the counted tokens in all its windows
     * @param sampleSize N
     * @param rows the collocates, numbered, sorted as the list
     */
    record Result(long hits, long windowTokens, long sampleSize, JavaRDD<List<Object>> rows) {
    }

    private SparkCollocates() {
    }

    /**
     * @param query the collocates analysis's query: a word, quoted as CQL quotes it ({@code "发展"} or
     *     {@code [word="发展"]}) or bare
     * @return the word
     * @throws CorpusException for any other CQL (a regular expression, several tokens, other attributes)
     */
    static String nodeWord(String query) {
        String word = query.strip();
        if (word.startsWith("[word=") && word.endsWith("]")) {
            word = word.substring("[word=".length(), word.length() - 1).strip();
        }
        if (word.length() >= 2 && word.startsWith("\"") && word.endsWith("\"")) {
            word = word.substring(1, word.length() - 1);
        }
        if (word.isEmpty() || word.chars().anyMatch(c -> "\\\"[]().*+?|{}^$& =!".indexOf(c) >= 0)) {
            throw new CorpusException("The Spark job finds the collocates of one word (query=\"发展\"), not of the CQL query '"
                    + query + "'; run that query in the workbench on the loaded corpus");
        }
        return word;
    }

    static Result compute(JavaRDD<Row> documents, Options options) {
        // Read twice (totals, then the words), so kept, but on disk: the n-grams' counts, cached in the heap the
        // same way, ran a 3 GB heap out of memory on 1 GB of text.
        JavaRDD<DocumentCounts> counts = documents.map(row -> counts(row, options)).persist(StorageLevel.DISK_ONLY());
        long[] totals = counts.map(d -> new long[] {d.hits(), d.windowTokens(), d.tokens()})
                .fold(new long[3], (a, b) -> new long[] {a[0] + b[0], a[1] + b[1], a[2] + b[2]});
        long hits = totals[0];
        long windowTokens = totals[1];
        long sampleSize = totals[2];
        long minPair = Math.max(1, options.minPairCount());
        JavaRDD<Counted> listed = counts.flatMapToPair(SparkCollocates::words)
                .reduceByKey((a, b) -> new long[] {a[0] + b[0], a[1] + b[1], a[2] + b[2]})
                .map(word -> new Counted(word._1(), word._2()[0], word._2()[1], word._2()[2]))
                .filter(word -> word.observed() >= minPair && word.frequency() >= options.minCollocateCount());
        JavaRDD<List<Object>> rows = listed
                .sortBy(word -> new ListOrder(scoring(hits, windowTokens, sampleSize, options).key(word.observed(),
                        word.frequency()), word.observed(), word.word()), true, listed.getNumPartitions())
                .zipWithIndex()
                .map(numbered -> scoring(hits, windowTokens, sampleSize, options).row(numbered._2() + 1,
                        numbered._1().word(), numbered._1().left(), numbered._1().right(), numbered._1().frequency()));
        return new Result(hits, windowTokens, sampleSize, rows);
    }

    private static Scoring scoring(long hits, long windowTokens, long sampleSize, Options options) {
        return new Scoring(hits, windowTokens, sampleSize, options.workbench());
    }

    private static Iterator<Tuple2<String, long[]>> words(DocumentCounts document) {
        List<Tuple2<String, long[]>> out = new ArrayList<>(document.words().size());
        document.words().forEach((word, counts) -> out.add(new Tuple2<>(word, counts)));
        return out.iterator();
    }

    /** Counts a document's words (left, right, in the sample) as the workbench's window counts do. */
    private static DocumentCounts counts(Row row, Options options) {
        List<Row> tokens = row.getList(DocumentRows.TOKENS_AT);
        int size = tokens.size();
        String[] words = new String[size];
        boolean[] counted = new boolean[size];
        int[] sentence = new int[size];
        for (int i = 0, current = 0; i < size; i++) {
            Row token = tokens.get(i);
            words[i] = token.getString(DocumentRows.WORD_AT);
            counted[i] = options.countedTypes().includes(TokenType.valueOf(token.getString(DocumentRows.TYPE_AT)));
            sentence[i] = options.withinSentence() ? current : 0;
            if (SentenceBoundaries.endsSentence(words[i])) {
                current++;
            }
        }
        Map<String, long[]> counts = new HashMap<>();
        long hits = 0;
        long windowTokens = 0;
        long sampleTokens = 0;
        for (int i = 0; i < size; i++) {
            if (counted[i]) {
                counts.computeIfAbsent(words[i], w -> new long[3])[2]++;
                sampleTokens++;
            }
            if (!words[i].equals(options.node())) {
                continue;
            }
            hits++;
            for (int at = i - 1, taken = 0; taken < options.left() && at >= 0 && sentence[at] == sentence[i]; at--) {
                if (counted[at]) {
                    counts.computeIfAbsent(words[at], w -> new long[3])[0]++;
                    taken++;
                    windowTokens++;
                }
            }
            for (int at = i + 1, taken = 0; taken < options.right() && at < size && sentence[at] == sentence[i]; at++) {
                if (counted[at]) {
                    counts.computeIfAbsent(words[at], w -> new long[3])[1]++;
                    taken++;
                    windowTokens++;
                }
            }
        }
        return new DocumentCounts(counts, hits, windowTokens, sampleTokens);
    }
}
