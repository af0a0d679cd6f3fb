package org.corpusbench.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.corpusbench.analysis.frequency.FrequencyList;
import org.corpusbench.api.Document;
import org.corpusbench.api.DocumentSelection;
import org.corpusbench.api.OffsetMap;
import org.corpusbench.api.Progress;
import org.corpusbench.api.Source;
import org.corpusbench.api.Token;
import org.corpusbench.api.analysis.CountedTypes;
import org.corpusbench.api.analysis.StopwordList;
import org.corpusbench.jieba.engine.Jieba;
import org.corpusbench.testing.TestCorpus;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The Spark frequency list against the workbench's {@link FrequencyList} on the same documents, row
 * for row and double for double: documents of generated newspaper text segmented by jieba, spread
 * over more partitions than documents per partition, so a word's occurrences meet from many places.
 */
class SparkFrequencyTest {
    private static SparkSession spark;

    @BeforeAll
    static void start() {
        spark = LocalSpark.start("local[2]", "SparkFrequencyTest");
    }

    @AfterAll
    static void stop() {
        spark.stop();
    }

    @Test
    void sameRowsAsTheWorkbenchList() {
        List<String> texts = TestTexts.documents(120, 2_000, 7);
        Jieba jieba = new Jieba();
        TestCorpus.Builder corpus = TestCorpus.builder("generated");
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            String text = i % 17 == 5 ? "" : texts.get(i); // empty documents are not parts
            Document document = new Document("d" + i, "s" + i, Map.of(), text, text);
            List<Token> tokens = jieba.segment(text);
            corpus.source(new Source("s" + i, "s" + i, Map.of()));
            corpus.document(document, OffsetMap.identity(text.codePointCount(0, text.length())), tokens);
            rows.add(DocumentRows.row(i, document, tokens));
        }
        JavaRDD<Row> documents = JavaSparkContext.fromSparkContext(spark.sparkContext()).parallelize(rows, 7);

        for (CountedTypes types : CountedTypes.values()) {
            SparkFrequency.Result result = SparkFrequency.compute(JavaSparkContext.fromSparkContext(spark.sparkContext()),
                    documents, new SparkFrequency.Options(types, 1, 1, Set.of()));
            List<List<Object>> expected = new FrequencyList(types, StopwordList.NONE, 1, 1)
                    .compute(corpus.build(), DocumentSelection.ALL, Progress.NONE).rows().collect(Collectors.toList());
            List<List<Object>> actual = result.rows().collect();
            assertTrue(expected.size() > 1000, "a list long enough to mean something: " + expected.size());
            assertEquals(expected, actual, "token types " + types);
        }
    }
}
