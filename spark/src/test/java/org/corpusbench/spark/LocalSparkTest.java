package org.corpusbench.spark;

import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** A test class with Spark in local mode on two cores, started once for the class. */
abstract class LocalSparkTest {
    static SparkSession spark;

    @BeforeAll
    static void startSpark() {
        spark = LocalSpark.start("local[2]", "tests");
    }

    @AfterAll
    static void stopSpark() {
        spark.stop();
    }
}
