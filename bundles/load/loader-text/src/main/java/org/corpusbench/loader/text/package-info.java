/**
 * Decoding and reading the text loaders' inputs, as plain Java that other programs (a Spark job) call
 * without OSGi: {@link org.corpusbench.loader.text.TextDecoder} (every common Chinese encoding, detected,
 * with undecodable bytes counted and located) and the readers of the {@code text}, {@code zip},
 * {@code table} and {@code segmented} loaders, {@link org.corpusbench.loader.text.TextFileReader},
 * {@link org.corpusbench.loader.text.ZipReader}, {@link org.corpusbench.loader.text.TableReader} and
 * {@link org.corpusbench.loader.text.SegmentedReader}, each of which reads a path or a file's name and
 * bytes into the same {@link org.corpusbench.api.LoadedSource}s and
 * {@link org.corpusbench.api.SourceReport}s. Public, not exported: the bundle's services are the
 * loaders in {@code internal}.
 */
package org.corpusbench.loader.text;
