package org.corpusbench.cleaning.pipeline;

import java.util.Arrays;
import java.util.BitSet;
import java.util.Collection;
import org.corpusbench.api.Article;
import org.corpusbench.api.OffsetMap;

/**
 * Holds a cleaning stage to the promise that cleaning never deletes text: every character a step
 * or the splitter leaves out of its output is whitespace (which the report counts) or is held by a
 * metadata value the stage recorded (a headline, a byline as printed, page furniture), at least as
 * often as it was left out. Each stage is checked against its own input, so a step that folds
 * characters (traditional to simplified) is judged on what it was given, and what the splitter
 * moves into metadata is compared in the script it saw.
 */
public final class CharacterAccount {
    private CharacterAccount() {
    }

    /**
     * @param input the text a step was given
     * @param offsets the step's map from its output back to {@code input}, in code points
     * @param values the metadata values the step recorded
     * @return what the step left out unaccounted for; empty when nothing is
     */
    public static String ofStep(String input, OffsetMap offsets, Collection<String> values) {
        int length = offsets.toOriginal(offsets.cleanedLength());
        if (input.length() == length) {
            // no surrogate pairs, so a code point's index is its char's: only the gaps between the
            // input positions the output came from are read, as long as the step kept their order
            StringBuilder left = new StringBuilder();
            int next = 0;
            for (int i = 0; i < offsets.cleanedLength(); i++) {
                int at = offsets.toOriginal(i);
                if (at >= next) {
                    appendUnlessSpace(input, next, at, left);
                    next = at + 1;
                } else if (at < next - 1) {
                    return unaccounted(input, keptBy(offsets), values); // reordered: look at every code point
                }
            }
            appendUnlessSpace(input, next, length, left);
            return left.length() == 0 ? "" : unaccounted(left.toString(), new BitSet(), values);
        }
        return unaccounted(input, keptBy(offsets), values);
    }

    private static BitSet keptBy(OffsetMap offsets) {
        BitSet kept = new BitSet();
        for (int i = 0; i < offsets.cleanedLength(); i++) {
            kept.set(offsets.toOriginal(i));
        }
        return kept;
    }

    private static void appendUnlessSpace(String text, int from, int to, StringBuilder left) {
        for (int k = from; k < to; k++) {
            char c = text.charAt(k);
            if (!Character.isWhitespace(c) && !Character.isSpaceChar(c)) {
                left.append(c);
            }
        }
    }

    /**
     * @param input the cleaned source the splitter was given
     * @param articles the articles it found
     * @param values the metadata values of the articles and the source
     * @return what no article's body holds and no value accounts for; empty when nothing is
     */
    public static String ofSplit(String input, Collection<Article> articles, Collection<String> values) {
        BitSet kept = new BitSet();
        for (Article article : articles) {
            for (Article.Span span : article.body()) {
                kept.set(span.start(), span.end());
            }
        }
        return unaccounted(input, kept, values);
    }

    /**
     * @param input a text
     * @param kept which of its code points, by index, the output holds
     * @param values the values that may hold the others
     * @return the code points left out that are not whitespace and that the values hold less often
     *         than they were left out, each as often as it is missing, in code point order
     */
    static String unaccounted(String input, BitSet kept, Collection<String> values) {
        int[] left = new int[16];
        int count = 0;
        if (isBmpOnly(input)) {
            // a code point's index is its char's: only the code points left out are read, run by run
            for (int index = kept.nextClearBit(0); index < input.length(); index = kept.nextClearBit(index + 1)) {
                char c = input.charAt(index);
                if (!Character.isWhitespace(c) && !Character.isSpaceChar(c)) {
                    if (count == left.length) {
                        left = Arrays.copyOf(left, count * 2);
                    }
                    left[count++] = c;
                }
            }
            return missing(left, count, values);
        }
        for (int k = 0, index = 0; k < input.length(); index++) {
            int codePoint = input.codePointAt(k);
            k += Character.charCount(codePoint);
            if (!kept.get(index) && !Character.isWhitespace(codePoint) && !Character.isSpaceChar(codePoint)) {
                if (count == left.length) {
                    left = Arrays.copyOf(left, count * 2);
                }
                left[count++] = codePoint;
            }
        }
        return missing(left, count, values);
    }

    /**
     * @return the first {@code count} code points of {@code left} that the values do not hold as often, in code point order;
     *     the values' code points are only counted against those left out, not sorted, since values (headlines,
     *     bylines, furniture) hold far more code points than are usually left out
     */
    private static String missing(int[] left, int count, Collection<String> values) {
        if (count == 0) {
            return "";
        }
        Arrays.sort(left, 0, count);
        int[] distinct = new int[count];
        int[] leftOut = new int[count];
        int kinds = 0;
        for (int i = 0; i < count; i++) {
            if (kinds == 0 || distinct[kinds - 1] != left[i]) {
                distinct[kinds++] = left[i];
            }
            leftOut[kinds - 1]++;
        }
        int[] held = new int[kinds];
        int lowest = distinct[0];
        int highest = distinct[kinds - 1];
        for (String value : values) {
            for (int k = 0; k < value.length(); ) {
                int codePoint = value.codePointAt(k);
                k += Character.charCount(codePoint);
                if (codePoint >= lowest && codePoint <= highest) {
                    int at = Arrays.binarySearch(distinct, 0, kinds, codePoint);
                    if (at >= 0) {
                        held[at]++;
                    }
                }
            }
        }
        StringBuilder missing = new StringBuilder();
        for (int i = 0; i < kinds; i++) {
            for (int k = held[i]; k < leftOut[i]; k++) {
                missing.appendCodePoint(distinct[i]);
            }
        }
        return missing.toString();
    }

    private static boolean isBmpOnly(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isSurrogate(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

}
