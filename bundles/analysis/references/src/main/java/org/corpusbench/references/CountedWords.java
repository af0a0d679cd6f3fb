package org.corpusbench.references;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.function.ObjLongConsumer;
import org.corpusbench.api.analysis.ReferenceList;

/**
 * A reference list held compactly: every word's UTF-8 bytes in one array, sorted (byte order is
 * code-point order), with their counts in a parallel array; a look-up is a binary search. About
 * 8 bytes per word besides the text, where a map of Strings to Longs takes some 80. Immutable.
 */
public final class CountedWords implements ReferenceList {
    private final String name;
    private final String description;
    private final long tokens;
    private final byte[] text;
    /** Word i's bytes are text[start[i], start[i+1]). */
    private final int[] start;
    private final long[] counts;

    /**
     * @param name the list's name
     * @param description where the counts come from
     * @param tokens the tokens the counts are out of
     * @param text the words' UTF-8 bytes, sorted, one after another
     * @param start where each word starts, and one more entry for the end
     * @param counts each word's count
     */
    CountedWords(String name, String description, long tokens, byte[] text, int[] start, long[] counts) {
        this.name = name;
        this.description = description;
        this.tokens = tokens;
        this.text = text;
        this.start = start;
        this.counts = counts;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public String description() {
        return description;
    }

    @Override
    public long tokens() {
        return tokens;
    }

    /** @return how many words it holds */
    public int size() {
        return counts.length;
    }

    @Override
    public long count(String word) {
        byte[] key = word.getBytes(StandardCharsets.UTF_8);
        int low = 0;
        int high = counts.length - 1;
        while (low <= high) {
            int middle = (low + high) >>> 1;
            int comparison = Arrays.compareUnsigned(text, start[middle], start[middle + 1], key, 0, key.length);
            if (comparison < 0) {
                low = middle + 1;
            } else if (comparison > 0) {
                high = middle - 1;
            } else {
                return counts[middle];
            }
        }
        return 0;
    }

    @Override
    public void forEach(ObjLongConsumer<String> action) {
        for (int i = 0; i < counts.length; i++) {
            action.accept(new String(text, start[i], start[i + 1] - start[i], StandardCharsets.UTF_8), counts[i]);
        }
    }
}
