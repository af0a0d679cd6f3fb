/**
 * Writing a segmented corpus as CWB vertical format ({@link org.corpusbench.export.tokens.VerticalWriter})
 * or as space-separated tokens ({@link org.corpusbench.export.tokens.PlainWriter}), as plain Java that other
 * programs (a Spark job) call without OSGi, on a whole {@link org.corpusbench.api.CorpusView} or document
 * by document from tokens they hold ({@link org.corpusbench.export.tokens.SentenceWriter}). Public, not
 * exported: the bundle's services are the {@code vertical} and {@code plain} token exports in {@code internal}.
 */
package org.corpusbench.export.tokens;
