package org.corpusbench.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Row;
import org.corpusbench.analysis.frequency.CountedSequence;
import org.corpusbench.analysis.frequency.Dispersion;
import org.corpusbench.analysis.frequency.DispersionFold;
import org.corpusbench.analysis.frequency.FrequencyList;
import org.corpusbench.api.TokenType;
import org.corpusbench.api.analysis.CountedTypes;
import scala.Tuple2;

/**
 * The workbench's {@code frequency} analysis over the whole corpus ({@link FrequencyList}), computed
 * by Spark: the counted tokens are numbered in one sequence (documents in load order), each
 * document's occurrences of a word are gathered where the document is, all of a word's are
 * grouped on one executor and folded in sequence order by the frequency list's own
 * {@link DispersionFold}, so every figure is the same double; rows are sorted as the workbench sorts
 * them (count descending, then the word in code-point order, which is UTF-8 byte order) and
 * numbered. The driver holds one long per document, never the tokens.
 */
final class SparkFrequency {

    /**
     * @param types which tokens are counted
     * @param minCount the least count of a listed word
     * @param minRange the least number of documents a listed word is in
     */
    record Options(CountedTypes types, long minCount, long minRange) implements Serializable {
    }

    /** A word's occurrences in one document: the document's index and the occurrences' places among its counted tokens. */
    record Occurrences(long document, int[] places) implements Serializable {
    }

    /** A listed word with its figures, before the rows are numbered. */
    record Measured(String word, long count, int range, double juillandD, double dp, double dpNorm, double arf)
            implements Serializable {
        Dispersion dispersion() {
            return new Dispersion(range, juillandD, dp, dpNorm, arf);
        }
    }

    /** Sorts as the workbench lists: count descending, then the word in code-point order. */
    record ListOrder(long count, String word) implements Comparable<ListOrder>, Serializable {
        @Override
        public int compareTo(ListOrder other) {
            int byCount = Long.compare(other.count, count);
            return byCount != 0 ? byCount : CodePoints.compare(word, other.word);
        }
    }

    /**
     * @param sequence N, n and the smallest share of the counted sequence
     * @param rows the listed words, numbered, sorted as the list
     */
    record Result(CountedSequence sequence, JavaRDD<List<Object>> rows) {
    }

    private SparkFrequency() {
    }

    /**
     * @param documents the corpus's rows ({@link DocumentRows#SCHEMA})
     * @param options what is counted and listed
     * @return the frequency list's rows, computed lazily
     */
    static Result compute(JavaSparkContext context, JavaRDD<Row> documents, Options options) {
        CountedTypes types = options.types();
        JavaPairRDD<Long, Integer> sizes = documents.mapToPair(row -> new Tuple2<>(row.getLong(DocumentRows.INDEX_AT), countedSize(row, types)));
        DocumentSizes table = DocumentSizes.of(sizes.collect());
        Broadcast<DocumentSizes> shared = context.broadcast(table);
        CountedSequence sequence = table.sequence();
        // The sequence's fields, not the record, go to the executors: the library's types need not be Serializable.
        long tokens = sequence.tokens();
        int parts = sequence.parts();
        double smallestShare = sequence.smallestShare();

        JavaRDD<Measured> measured = documents.flatMapToPair(row -> occurrences(row, types))
                .groupByKey()
                .map(word -> measure(word._1(), word._2(), shared.value(), new CountedSequence(tokens, parts, smallestShare)))
                .filter(word -> word.count() >= Math.max(1, options.minCount()) && word.range() >= options.minRange());
        JavaRDD<List<Object>> rows = measured.sortBy(word -> new ListOrder(word.count(), word.word()), true,
                        measured.getNumPartitions())
                .zipWithIndex()
                .map(numbered -> FrequencyList.row(numbered._2() + 1, numbered._1().word(), numbered._1().count(),
                        numbered._1().dispersion(), new CountedSequence(tokens, parts, smallestShare)));
        return new Result(sequence, rows);
    }

    private static int countedSize(Row row, CountedTypes types) {
        int size = 0;
        for (Row token : row.<Row>getList(DocumentRows.TOKENS_AT)) {
            if (types.includes(TokenType.valueOf(token.getString(DocumentRows.TYPE_AT)))) {
                size++;
            }
        }
        return size;
    }

    /** Each counted word of a document with its places among the document's counted tokens, in order. */
    private static Iterator<Tuple2<String, Occurrences>> occurrences(Row row, CountedTypes types) {
        Map<String, IntList> places = new HashMap<>();
        int place = 0;
        for (Row token : row.<Row>getList(DocumentRows.TOKENS_AT)) {
            if (types.includes(TokenType.valueOf(token.getString(DocumentRows.TYPE_AT)))) {
                places.computeIfAbsent(token.getString(DocumentRows.WORD_AT), word -> new IntList()).add(place++);
            }
        }
        long document = row.getLong(DocumentRows.INDEX_AT);
        List<Tuple2<String, Occurrences>> out = new ArrayList<>(places.size());
        places.forEach((word, list) -> out.add(new Tuple2<>(word, new Occurrences(document, list.toArray()))));
        return out.iterator();
    }

    /** Folds a word's occurrences document by document, in load order, as the frequency list folds its postings. */
    private static Measured measure(String word, Iterable<Occurrences> byDocument, DocumentSizes sizes, CountedSequence sequence) {
        List<Occurrences> documents = new ArrayList<>();
        byDocument.forEach(documents::add);
        documents.sort((a, b) -> Long.compare(a.document(), b.document()));
        long count = 0;
        for (Occurrences occurrences : documents) {
            count += occurrences.places().length;
        }
        DispersionFold fold = new DispersionFold(sequence, Math.toIntExact(count));
        for (Occurrences occurrences : documents) {
            int document = Math.toIntExact(occurrences.document());
            long start = sizes.start(document);
            for (int place : occurrences.places()) {
                fold.occurrence(start + place);
            }
            fold.endPart(occurrences.places().length, sizes.size(document));
        }
        Dispersion dispersion = fold.dispersion();
        return new Measured(word, count, dispersion.range(), dispersion.juillandD(), dispersion.dp(), dispersion.dpNorm(),
                dispersion.arf());
    }
}
