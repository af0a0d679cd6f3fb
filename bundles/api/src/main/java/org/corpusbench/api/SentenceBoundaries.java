package org.corpusbench.api;

/**
 * Where sentences end, decided once for the store and every test corpus: after a token that ends
 * in sentence-final punctuation ({@code 。！？!?…}) or that holds a line break (a paragraph end
 * after cleaning). A sentence never spans two documents.
 */
public final class SentenceBoundaries {
    private static final String SENTENCE_FINAL = "。！？!?…";

    private SentenceBoundaries() {
    }

    /**
     * @param token a token's text, not empty
     * @return whether a sentence ends after it
     */
    public static boolean endsSentence(String token) {
        if (token.isEmpty()) {
            return false;
        }
        int last = token.codePointBefore(token.length());
        return SENTENCE_FINAL.indexOf(last) >= 0 || token.indexOf('\n') >= 0;
    }
}
