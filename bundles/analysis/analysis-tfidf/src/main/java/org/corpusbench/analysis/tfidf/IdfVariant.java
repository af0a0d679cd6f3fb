package org.corpusbench.analysis.tfidf;

import java.util.Locale;

/**
 * How a word's document frequency df among the N selected documents becomes its inverse document
 * frequency idf. Natural logarithms throughout.
 */
public enum IdfVariant {
    /**
     * ln((1 + N) / (1 + df)) + 1, as scikit-learn's TfidfVectorizer computes it with
     * {@code smooth_idf=True} (its default): as if one more document held every word once; never 0.
     */
    SMOOTH,
    /**
     * ln(N / df): the textbook idf (Manning, Raghavan &amp; Schütze 2008, §6.2.1); 0 for a word in
     * every selected document. Not scikit-learn's {@code smooth_idf=False}, which adds 1.
     */
    PLAIN,
    /**
     * jieba's idf table ({@link JiebaIdf}), the median of the table for words it lacks, as
     * jieba.analyse's TF-IDF extractor does (jieba 0.42.1); df and N are not used.
     */
    JIEBA;

    /**
     * @param documents N, the selected documents
     * @param df the documents among them holding the word, at least 1
     * @return idf for {@link #SMOOTH} and {@link #PLAIN}
     */
    double fromDocumentFrequency(long documents, long df) {
        return switch (this) {
            case SMOOTH -> Math.log((double) (documents + 1) / (df + 1)) + 1;
            case PLAIN -> Math.log((double) documents / df);
            case JIEBA -> throw new IllegalStateException("jieba's idf comes from its table");
        };
    }

    /** @return how the variant is written as a parameter value ({@code smooth}) */
    public String parameterValue() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * @param value a parameter value
     * @return the variant it names
     * @throws IllegalArgumentException if it names none (the registry has checked it already)
     */
    public static IdfVariant ofParameter(String value) {
        return valueOf(value.toUpperCase(Locale.ROOT));
    }
}
