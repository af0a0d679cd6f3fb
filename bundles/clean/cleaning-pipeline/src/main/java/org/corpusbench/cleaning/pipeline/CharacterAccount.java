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
     * @param input the code points a step was given
     * @param offsets the step's map from its output back to {@code input}
     * @param values the metadata values the step recorded
     * @return what the step left out unaccounted for; empty when nothing is
     */
    public static String ofStep(int[] input, OffsetMap offsets, Collection<String> values) {
        BitSet kept = new BitSet(input.length);
        for (int i = 0; i < offsets.cleanedLength(); i++) {
            int at = offsets.toOriginal(i);
            if (at < input.length) {
                kept.set(at);
            }
        }
        return unaccounted(input, kept, values);
    }

    /**
     * @param input the code points of the cleaned source the splitter was given
     * @param articles the articles it found
     * @param values the metadata values of the articles and the source
     * @return what no article's body holds and no value accounts for; empty when nothing is
     */
    public static String ofSplit(int[] input, Collection<Article> articles, Collection<String> values) {
        BitSet kept = new BitSet(input.length);
        for (Article article : articles) {
            for (Article.Span span : article.body()) {
                kept.set(span.start(), span.end());
            }
        }
        return unaccounted(input, kept, values);
    }

    /**
     * @param input code points
     * @param kept which of them the output holds
     * @param values the values that may hold the others
     * @return the code points left out that are not whitespace and that the values hold less often
     *         than they were left out, each as often as it is missing, in code point order
     */
    static String unaccounted(int[] input, BitSet kept, Collection<String> values) {
        int[] left = new int[input.length - kept.cardinality()];
        int count = 0;
        for (int i = kept.nextClearBit(0); i < input.length; i = kept.nextClearBit(i + 1)) {
            if (!Character.isWhitespace(input[i]) && !Character.isSpaceChar(input[i])) {
                left[count++] = input[i];
            }
        }
        if (count == 0) {
            return "";
        }
        left = Arrays.copyOf(left, count);
        Arrays.sort(left);
        int[] held = values.stream().flatMapToInt(String::codePoints).sorted().toArray();
        StringBuilder missing = new StringBuilder();
        int h = 0;
        for (int codePoint : left) {
            while (h < held.length && held[h] < codePoint) {
                h++;
            }
            if (h < held.length && held[h] == codePoint) {
                h++;
            } else {
                missing.appendCodePoint(codePoint);
            }
        }
        return missing.toString();
    }
}
