package org.corpusbench.spark;

import org.apache.spark.sql.SparkSession;

/**
 * A Spark session in local mode for one machine, with the job's settings ({@link CorpusJob#sparkSettings}):
 * the given number of cores, no web UI, bound to the loopback address so that nothing listens on the
 * network. spark-submit makes its own session from its command line instead, with the same settings.
 */
public final class LocalSpark {
    private LocalSpark() {
    }

    /**
     * @param master a local master URL such as {@code local[2]}
     * @param appName the application's name
     * @return the session
     */
    public static SparkSession start(String master, String appName) {
        return SparkSession.builder()
                .config(CorpusJob.sparkSettings())
                .appName(appName)
                .master(master)
                .config("spark.ui.enabled", "false")
                .config("spark.driver.host", "127.0.0.1")
                .config("spark.driver.bindAddress", "127.0.0.1")
                .config("spark.sql.shuffle.partitions", "8")
                .getOrCreate();
    }
}
