/**
 * TF-IDF keywords per document in plain Java, usable outside OSGi:
 * {@link org.corpusbench.analysis.tfidf.TfidfKeywords}, with the term-frequency and inverse
 * document frequency variants of {@link org.corpusbench.analysis.tfidf.TfVariant} and
 * {@link org.corpusbench.analysis.tfidf.IdfVariant}, and jieba's idf table
 * ({@link org.corpusbench.analysis.tfidf.JiebaIdf}). Not exported; the bundle's DS component wraps it
 * as the {@code tfidf} analysis.
 */
package org.corpusbench.analysis.tfidf;
