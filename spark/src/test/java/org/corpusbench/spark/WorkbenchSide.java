package org.corpusbench.spark;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.corpusbench.api.Document;
import org.corpusbench.api.OffsetMap;
import org.corpusbench.api.Source;
import org.corpusbench.api.Token;
import org.corpusbench.jieba.engine.Jieba;
import org.corpusbench.testing.TestCorpus;

/**
 * The same documents as a workbench corpus view and as Spark rows: generated newspaper text cut by
 * jieba, with an empty document now and then, spread over several partitions.
 */
record WorkbenchSide(TestCorpus corpus, JavaRDD<Row> rows) {

    static WorkbenchSide generated(SparkSession spark, int documents, int bytes, long seed) {
        List<String> texts = TestTexts.documents(documents, bytes, seed);
        Jieba jieba = new Jieba();
        TestCorpus.Builder corpus = TestCorpus.builder("generated");
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            String text = i % 17 == 5 ? "" : texts.get(i); // an empty document is no part
            Map<String, String> metadata = Map.of("page", Integer.toString(i % 4 + 1));
            Document document = new Document("d" + i, "s" + i, metadata, text, text);
            List<Token> tokens = jieba.segment(text);
            corpus.source(new Source("s" + i, "s" + i, Map.of()));
            corpus.document(document, OffsetMap.identity(text.codePointCount(0, text.length())), tokens);
            rows.add(DocumentRows.row(i, document, tokens));
        }
        return new WorkbenchSide(corpus.build(), context(spark).parallelize(rows, 7));
    }

    static JavaSparkContext context(SparkSession spark) {
        return JavaSparkContext.fromSparkContext(spark.sparkContext());
    }
}
