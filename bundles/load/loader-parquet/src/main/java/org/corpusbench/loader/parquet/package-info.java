/**
 * Reading the Spark job's segmented corpus ({@code corpus.parquet}) back as pre-segmented sources, in
 * plain Java: {@link org.corpusbench.loader.parquet.ParquetCorpusReader} reads a Parquet folder, file or
 * zip of a folder with parquet-java, without Hadoop ({@link org.corpusbench.loader.parquet.PlainCodecs}
 * decompresses pages). Public, not exported: the bundle's service is the {@code parquet} loader in
 * {@code internal}.
 */
package org.corpusbench.loader.parquet;
