package org.corpusbench.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Row;
import org.apache.spark.storage.StorageLevel;
import org.corpusbench.analysis.keywords.Direction;
import org.corpusbench.analysis.keywords.KeywordList;
import org.corpusbench.analysis.keywords.Measure;
import org.corpusbench.analysis.selection.SelectionExpression;
import org.corpusbench.api.CorpusException;
import org.corpusbench.api.TokenType;
import org.corpusbench.api.analysis.CountedTypes;
import org.corpusbench.api.analysis.StopwordList;
import scala.Tuple2;

/**
 * The workbench's {@code keywords} analysis ({@link KeywordList}) of one part of the corpus against
 * another, computed by Spark: the target is a selection expression, the reference another one or
 * {@code rest} (the documents the target leaves out); a document in both counts in both. Each
 * document tests the expressions and counts its words where it is ({@link SelectionExpression.Matcher}),
 * a and b are summed by word, and the list's own filters, sort key, order and row
 * ({@link KeywordList#shown}, {@link KeywordList#sortKey}, {@link KeywordList#compareRows},
 * {@link KeywordList#row}) make the rows. A reference list or another corpus is the workbench's alone.
 */
final class SparkKeywords {
    /** The reference that is every document the target leaves out. */
    static final String REST = "rest";

    /** {@link KeywordList.Settings} without stopwords, in a form Spark can ship to its executors. */
    record Options(String target, String reference, CountedTypes types, long minTargetCount, long minReferenceCount,
            Direction direction, Measure test, double maxP, double minLogRatio, Measure sortBy, double k)
            implements Serializable {
        KeywordList list() {
            return new KeywordList(new KeywordList.Settings(types, StopwordList.NONE, minTargetCount, minReferenceCount,
                    direction, test, maxP, minLogRatio, sortBy, k));
        }
    }

    /** Sorts as the workbench lists: {@link KeywordList#compareRows}, then the word in code-point order. */
    record ListOrder(double key, long targetCount, String word) implements Comparable<ListOrder>, Serializable {
        @Override
        public int compareTo(ListOrder other) {
            int byRows = KeywordList.compareRows(key, targetCount, other.key, other.targetCount);
            return byRows != 0 ? byRows : CodePoints.compare(word, other.word);
        }
    }

    /** A word with its counts in the target (a) and the reference (b). */
    private record Counted(String word, long a, long b) implements Serializable {
    }

    /** A document's counted words in the target and the reference, and its counted tokens in each. */
    private record DocumentCounts(Map<String, long[]> words, long target, long reference) implements Serializable {
    }

    /**
     * @param targetTokens c, the target's counted tokens
     * @param referenceTokens d, the reference's
     * @param rows the keywords, numbered, sorted as the list
     */
    record Result(long targetTokens, long referenceTokens, JavaRDD<List<Object>> rows) {
    }

    private SparkKeywords() {
    }

    /**
     * @throws CorpusException naming the expression if either selection is unreadable or holds no counted token
     */
    static Result compute(JavaRDD<Row> documents, Options options) {
        SelectionExpression.parse(options.target()); // unreadable expressions fail here, on the driver
        if (!REST.equals(options.reference())) {
            SelectionExpression.parse(options.reference());
        }
        int documentCount = Math.toIntExact(documents.count());
        // Read twice (totals, then the words), so kept, but on disk: the n-grams' counts, cached in the heap the
        // same way, ran a 3 GB heap out of memory on 1 GB of text.
        JavaRDD<DocumentCounts> counts = documents.mapPartitions(rows -> counts(rows, documentCount, options))
                .persist(StorageLevel.DISK_ONLY());
        long c = counts.map(DocumentCounts::target).fold(0L, Long::sum);
        long d = counts.map(DocumentCounts::reference).fold(0L, Long::sum);
        requireTokens(c, options.target());
        requireTokens(d, options.reference());
        JavaPairRDD<String, long[]> words = counts.flatMapToPair(SparkKeywords::words)
                .reduceByKey((x, y) -> new long[] {x[0] + y[0], x[1] + y[1]});
        JavaRDD<List<Object>> rows = words
                .filter(word -> options.list().shown(word._2()[0], word._2()[1], c, d))
                .map(word -> new Counted(word._1(), word._2()[0], word._2()[1]))
                .sortBy(word -> new ListOrder(options.list().sortKey(word.a(), word.b(), c, d), word.a(), word.word()), true,
                        words.getNumPartitions())
                .zipWithIndex()
                .map(numbered -> KeywordList.row(numbered._2() + 1, numbered._1().word(), numbered._1().a(), numbered._1().b(),
                        c, d, options.k()));
        return new Result(c, d, rows);
    }

    private static void requireTokens(long tokens, String expression) {
        if (tokens == 0) {
            throw new CorpusException("The selection '" + expression + "' holds no counted tokens to compare");
        }
    }

    private static Iterator<DocumentCounts> counts(Iterator<Row> rows, int documents, Options options) {
        SelectionExpression.Matcher target = SelectionExpression.parse(options.target()).matcher(documents, Map.of());
        SelectionExpression.Matcher reference = REST.equals(options.reference()) ? null
                : SelectionExpression.parse(options.reference()).matcher(documents, Map.of());
        List<DocumentCounts> out = new ArrayList<>();
        while (rows.hasNext()) {
            Row row = rows.next();
            int index = Math.toIntExact(row.getLong(DocumentRows.INDEX_AT));
            String id = row.getString(DocumentRows.ID_AT);
            String source = row.getString(DocumentRows.SOURCE_AT);
            Map<String, String> metadata = row.getJavaMap(DocumentRows.METADATA_AT);
            boolean inTarget = target.selects(index, id, source, metadata);
            boolean inReference = reference == null ? !inTarget : reference.selects(index, id, source, metadata);
            if (inTarget || inReference) {
                out.add(count(row, options.types(), inTarget, inReference));
            }
        }
        return out.iterator();
    }

    private static DocumentCounts count(Row row, CountedTypes types, boolean inTarget, boolean inReference) {
        Map<String, long[]> words = new HashMap<>();
        long tokens = 0;
        for (Row token : row.<Row>getList(DocumentRows.TOKENS_AT)) {
            if (types.includes(TokenType.valueOf(token.getString(DocumentRows.TYPE_AT)))) {
                long[] ab = words.computeIfAbsent(token.getString(DocumentRows.WORD_AT), word -> new long[2]);
                ab[0] += inTarget ? 1 : 0;
                ab[1] += inReference ? 1 : 0;
                tokens++;
            }
        }
        return new DocumentCounts(words, inTarget ? tokens : 0, inReference ? tokens : 0);
    }

    private static Iterator<Tuple2<String, long[]>> words(DocumentCounts document) {
        List<Tuple2<String, long[]>> out = new ArrayList<>(document.words().size());
        document.words().forEach((word, ab) -> out.add(new Tuple2<>(word, ab)));
        return out.iterator();
    }
}
