package org.corpusbench.analysis.profile;

import java.util.List;

/**
 * The profile of one document or of a whole selection. Ratios and means that have nothing to
 * divide by are NaN.
 *
 * @param document the document id, or {@link TextProfiler#ALL} for the selection
 * @param tokens every token, punctuation included
 * @param wordTokens word tokens (Chinese words, numbers, Latin words)
 * @param types distinct word types
 * @param ttr types / word tokens
 * @param sttr the mean TTR of consecutive chunks of word tokens, the last incomplete chunk left out
 * @param hapax word types seen once
 * @param dis word types seen twice
 * @param meanWordLength code points per word token
 * @param sentences sentences
 * @param meanSentenceLength word tokens per sentence
 */
public record TextProfile(String document, long tokens, long wordTokens, long types, double ttr, double sttr, long hapax,
        long dis, double meanWordLength, long sentences, double meanSentenceLength) {
    /** @return the cells in the order of {@link TextProfiler#COLUMNS} */
    public List<Object> cells() {
        return List.of(document, tokens, wordTokens, types, ttr, sttr, hapax, dis, meanWordLength, sentences,
                meanSentenceLength);
    }
}
