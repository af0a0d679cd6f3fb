package org.corpusbench.analysis.tfidf;

import java.util.Objects;
import org.corpusbench.api.analysis.CountedTypes;
import org.corpusbench.api.analysis.StopwordList;

/**
 * What {@link TfidfKeywords} computes.
 *
 * @param tf the term-frequency variant
 * @param idf the inverse-document-frequency variant
 * @param top how many keywords per document, at least 1
 * @param countedTypes the kinds of token counted
 * @param stopwords words left out before counting, as jieba.analyse and scikit-learn leave them out:
 *        not listed and not part of a document's counted tokens
 * @param minLength words shorter than this many code points are left out like stopwords (jieba.analyse
 *        leaves out words of one character: 2); 1 keeps every word
 * @param minDf the least number of selected documents a listed word occurs in
 * @param maxDfPercent words in more than this percentage of the selected documents are not listed
 *        (scikit-learn's {@code max_df} as a proportion, times 100); 100 lists all
 */
public record TfidfOptions(TfVariant tf, IdfVariant idf, int top, CountedTypes countedTypes, StopwordList stopwords,
        int minLength, long minDf, double maxDfPercent) {
    /** Rejects nulls and values the registry's bounds exclude. */
    public TfidfOptions {
        Objects.requireNonNull(tf, "tf");
        Objects.requireNonNull(idf, "idf");
        Objects.requireNonNull(countedTypes, "countedTypes");
        Objects.requireNonNull(stopwords, "stopwords");
        if (top < 1 || minLength < 1 || minDf < 1 || !(maxDfPercent >= 0 && maxDfPercent <= 100)) {
            throw new IllegalArgumentException("top, min_length and min_df are at least 1, max_df_percent 0 to 100");
        }
    }

    /**
     * @param tf the term-frequency variant
     * @param idf the inverse-document-frequency variant
     * @param top how many keywords per document
     * @return those, every word of the default token types counted and listed
     */
    public static TfidfOptions of(TfVariant tf, IdfVariant idf, int top) {
        return new TfidfOptions(tf, idf, top, CountedTypes.WORDS, StopwordList.NONE, 1, 1, 100);
    }
}
