package org.corpusbench.analysis.ngrams;

import java.util.Objects;
import org.corpusbench.api.analysis.StopwordList;

/**
 * What to count.
 *
 * @param n tokens or characters per n-gram, 2 to 6
 * @param unit words or characters
 * @param tokens which tokens n-grams are made of
 * @param minCount the least count listed, at least 1
 * @param minRange the least number of documents an n-gram must occur in, at least 1
 * @param stopwords the stopword list, {@link StopwordList#NONE} for none
 * @param stopwordRule which n-grams the stopword list leaves out
 * @param position where a query hit must sit in an n-gram, when there is a query
 */
public record NGramOptions(int n, Unit unit, Tokens tokens, long minCount, long minRange, StopwordList stopwords,
        StopwordRule stopwordRule, HitPosition position) {
    /** Rejects values outside the documented ranges. */
    public NGramOptions {
        if (n < 2 || n > 6) {
            throw new IllegalArgumentException("n must be 2 to 6, not " + n);
        }
        if (minCount < 1 || minRange < 1) {
            throw new IllegalArgumentException("min_count and min_range must be at least 1");
        }
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(tokens, "tokens");
        Objects.requireNonNull(stopwords, "stopwords");
        Objects.requireNonNull(stopwordRule, "stopwordRule");
        Objects.requireNonNull(position, "position");
    }

    /**
     * @param n tokens per n-gram
     * @return word n-grams of word tokens with no minimums, stopwords or position
     */
    public static NGramOptions words(int n) {
        return new NGramOptions(n, Unit.WORDS, Tokens.WORDS, 1, 1, StopwordList.NONE, StopwordRule.ANY, HitPosition.ANY);
    }

    /** What an n-gram is a sequence of. */
    public enum Unit {
        /** Tokens; the n-gram is shown with its tokens joined by a space. */
        WORDS,
        /** Code points of the tokens' text, joined without a space. */
        CHARACTERS
    }

    /** Which tokens n-grams are made of; any other token breaks a sequence, as a sentence end does. */
    public enum Tokens {
        /** Chinese words, numbers and Latin words ({@link org.corpusbench.api.TokenType#isWord()}). */
        WORDS,
        /** Every token, punctuation included. */
        ALL
    }

    /** Which n-grams a stopword list leaves out. */
    public enum StopwordRule {
        /** Those with a stopword anywhere. */
        ANY,
        /** Those that begin or end with a stopword. */
        EDGE,
        /** Those made only of stopwords. */
        ALL
    }

    /** Where a query hit must sit in an n-gram (AntConc Clusters' "search term position"). */
    public enum HitPosition {
        /** Anywhere inside it. */
        ANY,
        /** At its start ("on left"). */
        LEFT,
        /** At its end ("on right"). */
        RIGHT
    }
}
