package org.corpusbench.analysis.tfidf;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * jieba's idf table: the inverse document frequencies that jieba.analyse's TF-IDF keyword
 * extractor uses (jieba 0.42.1, {@code jieba/analyse/idf.txt}, copied unchanged into this bundle's
 * resources as {@code jieba-0.42.1-idf.txt}; jieba is Copyright 2012-2017 Sun Junyi, MIT licence,
 * see the README.txt beside it). A word missing from the table gets the table's median idf, as
 * {@code jieba.analyse.tfidf.IDFLoader} computes it: {@code sorted(values)[len // 2]}, the upper
 * median of the values of distinct words (a later line for the same word replaces an earlier one,
 * as Python's dict does).
 *
 * <p>Held compactly, about 4 MB for 270,000 words instead of ~30 MB of boxed map entries: every
 * word's chars in one array, an open-addressing hash table of entry numbers, and per entry the
 * index of its value among the 3,328 distinct ones. Immutable and thread-safe once loaded.
 */
public final class JiebaIdf {
    /** The resource, next to this class. */
    static final String RESOURCE = "jieba-0.42.1-idf.txt";
    private final char[] chars;
    /** Entry e's word is chars[start[e] .. start[e + 1]). */
    private final int[] start;
    /** Index into {@link #values}, unsigned. */
    private final char[] valueIndex;
    private final double[] values;
    /** Entry number + 1 per slot, 0 for an empty slot; a power of two in size. */
    private final int[] slots;
    private final double median;

    private JiebaIdf(char[] chars, int[] start, char[] valueIndex, double[] values, int[] slots, double median) {
        this.chars = chars;
        this.start = start;
        this.valueIndex = valueIndex;
        this.values = values;
        this.slots = slots;
        this.median = median;
    }

    /**
     * Reads the table from the bundle; takes about half a second, so callers load it once and only
     * when asked for it.
     *
     * @return jieba 0.42.1's table
     * @throws UncheckedIOException if the resource cannot be read
     */
    public static JiebaIdf load() {
        try (InputStream in = JiebaIdf.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IOException("resource " + RESOURCE + " is missing from the bundle");
            }
            return read(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read jieba's idf table", e);
        }
    }

    static JiebaIdf read(BufferedReader reader) throws IOException {
        StringBuilder text = new StringBuilder(1 << 20);
        int[] starts = new int[1 << 16];
        double[] idf = new double[1 << 16];
        int entries = 0;
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            String trimmed = line.strip();
            int space = trimmed.indexOf(' ');
            if (space <= 0 || trimmed.indexOf(' ', space + 1) >= 0) {
                throw new IOException("Not 'word idf': " + line);
            }
            if (entries + 1 >= starts.length) {
                starts = Arrays.copyOf(starts, starts.length * 2);
                idf = Arrays.copyOf(idf, idf.length * 2);
            }
            starts[entries] = text.length();
            text.append(trimmed, 0, space);
            idf[entries++] = Double.parseDouble(trimmed.substring(space + 1));
        }
        starts[entries] = text.length();
        char[] chars = new char[text.length()];
        text.getChars(0, chars.length, chars, 0);
        int[] slots = new int[Integer.highestOneBit(Math.max(1, entries) * 2) * 2];
        double[] latest = Arrays.copyOf(idf, entries);
        int distinctWords = 0;
        for (int entry = 0; entry < entries; entry++) {
            int slot = find(chars, starts, slots, chars, starts[entry], starts[entry + 1]);
            if (slots[slot] == 0) {
                slots[slot] = entry + 1;
                distinctWords++;
            }
            latest[slots[slot] - 1] = idf[entry];
        }
        double[] kept = new double[distinctWords];
        for (int slot = 0, k = 0; slot < slots.length; slot++) {
            if (slots[slot] != 0) {
                kept[k++] = latest[slots[slot] - 1];
            }
        }
        Arrays.sort(kept);
        double median = kept.length == 0 ? Double.NaN : kept[kept.length / 2];
        double[] values = Arrays.stream(kept).distinct().toArray();
        if (values.length > Character.MAX_VALUE + 1) {
            throw new IOException("More than 65,536 distinct idf values");
        }
        char[] valueIndex = new char[entries];
        for (int slot : slots) {
            if (slot != 0) {
                valueIndex[slot - 1] = (char) Arrays.binarySearch(values, latest[slot - 1]);
            }
        }
        return new JiebaIdf(chars, Arrays.copyOf(starts, entries + 1), valueIndex, values, slots, median);
    }

    /** @return the slot holding the word in {@code key[from, to)}, or the empty slot where it would go */
    private static int find(char[] chars, int[] start, int[] slots, char[] key, int from, int to) {
        int hash = 0;
        for (int i = from; i < to; i++) {
            hash = 31 * hash + key[i];
        }
        int mask = slots.length - 1;
        for (int slot = (hash ^ (hash >>> 16)) & mask;; slot = (slot + 1) & mask) {
            int entry = slots[slot] - 1;
            if (entry < 0 || Arrays.equals(chars, start[entry], start[entry + 1], key, from, to)) {
                return slot;
            }
        }
    }

    /**
     * @param word a word as the corpus spells it
     * @return its idf in the table, or {@link #median()} if the table lacks it (jieba's rule)
     */
    public double idf(String word) {
        char[] key = word.toCharArray();
        int entry = slots[find(chars, start, slots, key, 0, key.length)] - 1;
        return entry < 0 ? median : values[valueIndex[entry]];
    }

    /**
     * @param word a word
     * @return whether the table holds it
     */
    public boolean contains(String word) {
        char[] key = word.toCharArray();
        return slots[find(chars, start, slots, key, 0, key.length)] != 0;
    }

    /** @return the idf given to words missing from the table */
    public double median() {
        return median;
    }

    /** @return how many distinct words the table holds */
    public int size() {
        int words = 0;
        for (int slot : slots) {
            words += slot != 0 ? 1 : 0;
        }
        return words;
    }
}
