package org.corpusbench.query;

import java.util.regex.Pattern;
import org.corpusbench.api.Progress;
import org.corpusbench.api.query.QuerySyntaxException;

/**
 * Bounds the time a query's token tests may spend on the lexicon: {@link #atType(int)} checks for
 * cancellation every 4,096 types, and {@link #matches} hands the regex engine a view of the value whose
 * {@code charAt} checks for cancellation and the deadline every 4,096 characters read, so even a pattern
 * that backtracks catastrophically on one long type stops. One instance per search; not thread-safe.
 */
public final class LexiconBudget {

    private static final int CHECK_EVERY = 4096;

    private final Progress progress;
    private final long deadline;
    private final String query;
    private final GuardedText text = new GuardedText();
    private long reads;

    /**
     * @param progress  checked for cancellation
     * @param timeLimit nanoseconds all of the query's lexicon matching may take
     * @param query     the query text, for the error
     */
    LexiconBudget(Progress progress, long timeLimit, String query) {
        this.progress = progress;
        this.deadline = System.nanoTime() + timeLimit;
        this.query = query;
    }

    /** A budget that only checks {@code progress}, for attributes tested outside a search. */
    public static LexiconBudget unlimited(Progress progress) {
        return new LexiconBudget(progress, Long.MAX_VALUE / 4, "");
    }

    /** Call once per type tested; checks for cancellation every 4,096 types. */
    public void atType(int typeId) {
        if ((typeId & (CHECK_EVERY - 1)) == 0) {
            progress.checkCancelled();
        }
    }

    /**
     * @param pattern the compiled pattern
     * @param regex   the pattern as written, for the error
     * @param value   an attribute value
     * @return whether the pattern matches the whole value
     * @throws QuerySyntaxException if the query's lexicon matching has run out of time
     * @throws java.util.concurrent.CancellationException if cancelled
     */
    public boolean matches(Pattern pattern, String regex, String value) {
        text.value = value;
        text.regex = regex;
        return pattern.matcher(text).matches();
    }

    private void read(String regex) {
        if ((++reads & (CHECK_EVERY - 1)) == 0) {
            progress.checkCancelled();
            if (System.nanoTime() - deadline > 0) {
                throw new QuerySyntaxException("The regular expression " + CqlPrinter.quote(regex)
                        + " takes too long to match against the lexicon; simplify it", query, -1);
            }
        }
    }

    /** The value being matched; every character read counts against the budget. */
    private final class GuardedText implements CharSequence {
        private String value;
        private String regex;

        @Override
        public int length() {
            return value.length();
        }

        @Override
        public char charAt(int index) {
            read(regex);
            return value.charAt(index);
        }

        @Override
        public CharSequence subSequence(int start, int end) {
            return value.subSequence(start, end);
        }

        @Override
        public String toString() {
            return value;
        }
    }
}
