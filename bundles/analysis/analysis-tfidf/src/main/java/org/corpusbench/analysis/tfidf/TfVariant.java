package org.corpusbench.analysis.tfidf;

import java.util.Locale;

/**
 * How a word's count in a document becomes its term frequency tf. "Counted tokens" are those of
 * the chosen token types that are neither stopwords nor shorter than the least length.
 */
public enum TfVariant {
    /** The raw count (Manning, Raghavan &amp; Schütze 2008, §6.2; scikit-learn's TfidfVectorizer default). */
    RAW,
    /**
     * 1 + ln(count): sublinear tf scaling (Manning, Raghavan &amp; Schütze 2008, §6.4.1; scikit-learn's
     * {@code sublinear_tf=True}).
     */
    LOG,
    /**
     * 0.5 + 0.5 · count / max count of any counted word in the document: maximum tf normalization
     * with a = 0.5 (Manning, Raghavan &amp; Schütze 2008, §6.4.2; SMART's "augmented").
     */
    AUGMENTED,
    /**
     * count / the document's counted tokens: what jieba.analyse's TF-IDF extractor uses (jieba
     * 0.42.1, {@code jieba/analyse/tfidf.py}).
     */
    RELATIVE;

    /**
     * @param count the word's count in the document, at least 1
     * @param maxCount the largest count of a counted word in the document
     * @param documentTokens the document's counted tokens
     * @param logOfCount {@code Math.log(count)}, looked up once per count rather than computed per word
     * @return tf
     */
    double tf(int count, int maxCount, int documentTokens, double logOfCount) {
        return switch (this) {
            case RAW -> count;
            case LOG -> 1 + logOfCount;
            case AUGMENTED -> 0.5 + 0.5 * count / maxCount;
            case RELATIVE -> (double) count / documentTokens;
        };
    }

    /** @return how the variant is written as a parameter value ({@code raw}) */
    public String parameterValue() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * @param value a parameter value
     * @return the variant it names
     * @throws IllegalArgumentException if it names none (the registry has checked it already)
     */
    public static TfVariant ofParameter(String value) {
        return valueOf(value.toUpperCase(Locale.ROOT));
    }
}
