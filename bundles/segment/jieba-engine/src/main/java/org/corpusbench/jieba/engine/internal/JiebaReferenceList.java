package org.corpusbench.jieba.engine.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.function.ObjLongConsumer;
import org.corpusbench.api.analysis.ReferenceList;
import org.osgi.service.component.annotations.Component;

/**
 * jieba 0.42.1's dictionary as the reference list {@code jieba} (keywords' default reference,
 * {@code list:jieba}), read from the same dict.txt the segmenter uses, on first use (about half a
 * second), so registering costs nothing at boot. Held compactly: the words' UTF-8 bytes sorted in
 * one array (byte order is code-point order) with their frequencies in a parallel int array,
 * about 6 MB for its 349,046 entries; a look-up is a binary search. Segmentation is untouched: the
 * segmenter keeps its own trie. The count of a word listed twice (B超) is its last line's, as in
 * jieba's dictionary; the tokens are jieba's own total, the sum of every line's frequency.
 * Thread-safe.
 */
@Component(service = ReferenceList.class)
public final class JiebaReferenceList implements ReferenceList {
    static final String DICTIONARY = "/org/corpusbench/jieba/engine/dict.txt";

    private record Words(byte[] text, int[] start, int[] counts, long tokens) {
    }

    private volatile Words words;

    @Override
    public String name() {
        return "jieba";
    }

    @Override
    public String description() {
        return "The word frequencies of jieba 0.42.1's dictionary dict.txt (https://github.com/fxsjy/jieba, 349,046 "
                + "'word frequency tag' lines), which jieba's segmenter uses as word probabilities (frequency / total). "
                + "jieba's documentation does not say which texts they were counted from or how they were segmented. "
                + "Tokens: the sum of all frequencies. Licence: MIT (Copyright 2012-2017 Sun Junyi).";
    }

    @Override
    public long tokens() {
        return words().tokens();
    }

    @Override
    public long count(String word) {
        Words loaded = words();
        byte[] key = word.getBytes(StandardCharsets.UTF_8);
        int low = 0;
        int high = loaded.counts().length - 1;
        while (low <= high) {
            int middle = (low + high) >>> 1;
            int comparison = Arrays.compareUnsigned(loaded.text(), loaded.start()[middle], loaded.start()[middle + 1], key, 0,
                    key.length);
            if (comparison < 0) {
                low = middle + 1;
            } else if (comparison > 0) {
                high = middle - 1;
            } else {
                return loaded.counts()[middle];
            }
        }
        return 0;
    }

    @Override
    public void forEach(ObjLongConsumer<String> action) {
        Words loaded = words();
        for (int i = 0; i < loaded.counts().length; i++) {
            int from = loaded.start()[i];
            action.accept(new String(loaded.text(), from, loaded.start()[i + 1] - from, StandardCharsets.UTF_8),
                    loaded.counts()[i]);
        }
    }

    private Words words() {
        Words loaded = words;
        if (loaded == null) {
            synchronized (this) {
                loaded = words;
                if (loaded == null) {
                    try (InputStream in = JiebaReferenceList.class.getResourceAsStream(DICTIONARY)) {
                        if (in == null) {
                            throw new IllegalStateException("The bundle lacks its resource " + DICTIONARY);
                        }
                        loaded = read(in);
                    } catch (IOException e) {
                        throw new UncheckedIOException("Cannot read the jieba dictionary", e);
                    }
                    words = loaded;
                }
            }
        }
        return loaded;
    }

    /** Reads {@code word freq [tag]} lines as jieba does (fields split by a space), then sorts the words once. */
    static Words read(InputStream dictionary) throws IOException {
        byte[][] lines = new byte[1 << 16][];
        int[] counts = new int[lines.length];
        int size = 0;
        long tokens = 0;
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(dictionary, StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String[] fields = line.trim().split(" ");
                if (fields.length < 2) {
                    continue;
                }
                if (size == lines.length) {
                    lines = Arrays.copyOf(lines, size * 2);
                    counts = Arrays.copyOf(counts, size * 2);
                }
                lines[size] = fields[0].getBytes(StandardCharsets.UTF_8);
                counts[size++] = Integer.parseInt(fields[1]);
                tokens += counts[size - 1];
            }
        }
        byte[][] words = lines;
        Integer[] order = new Integer[size];
        for (int i = 0; i < size; i++) {
            order[i] = i;
        }
        // Stable, so of a word listed twice the later line comes last and is the one kept.
        Arrays.sort(order, (x, y) -> Arrays.compareUnsigned(words[x], words[y]));
        int kept = 0;
        int length = 0;
        for (int i = 0; i < size; i++) {
            if (i + 1 < size && Arrays.equals(words[order[i]], words[order[i + 1]])) {
                order[i] = null;
            } else {
                kept++;
                length += words[order[i]].length;
            }
        }
        byte[] text = new byte[length];
        int[] start = new int[kept + 1];
        int[] keptCounts = new int[kept];
        for (int i = 0, word = 0, at = 0; i < size; i++) {
            if (order[i] != null) {
                byte[] bytes = words[order[i]];
                System.arraycopy(bytes, 0, text, at, bytes.length);
                start[word] = at;
                keptCounts[word++] = counts[order[i]];
                at += bytes.length;
                start[word] = at;
            }
        }
        return new Words(text, start, keptCounts, tokens);
    }
}
