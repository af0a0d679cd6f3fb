package org.corpusbench.jieba.engine.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * Python jieba's prefix dictionary: every word with its frequency, and every prefix of a word with
 * frequency 0 (jieba's {@code gen_pfdict}), so a scan can stop at the first string no word starts
 * with. Immutable once loaded; thread-safe.
 */
final class JiebaDictionary {
    private final Map<String, Long> frequencies;
    private final double logTotal;

    private JiebaDictionary(Map<String, Long> frequencies, long total) {
        this.frequencies = frequencies;
        this.logTotal = Math.log(total);
    }

    /** Loads {@code word freq [tag]} lines, as jieba reads dict.txt. */
    static JiebaDictionary load(InputStream dictionary) {
        Map<String, Long> frequencies = new HashMap<>(1 << 20);
        long total = 0;
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(dictionary, StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                String[] fields = line.trim().split(" ");
                if (fields.length < 2) {
                    continue;
                }
                long frequency = Long.parseLong(fields[1]);
                frequencies.put(fields[0], frequency);
                total += frequency;
                for (int end = fields[0].offsetByCodePoints(0, 1); end < fields[0].length();
                        end = fields[0].offsetByCodePoints(end, 1)) {
                    frequencies.putIfAbsent(fields[0].substring(0, end), 0L);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the jieba dictionary", e);
        }
        return new JiebaDictionary(frequencies, total);
    }

    /** @return whether the string is a word or the prefix of one */
    boolean contains(String fragment) {
        return frequencies.containsKey(fragment);
    }

    /** @return the word's frequency, 0 for a mere prefix or an unknown string */
    long frequency(String word) {
        Long frequency = frequencies.get(word);
        return frequency == null ? 0 : frequency;
    }

    /** @return log of the sum of all word frequencies */
    double logTotal() {
        return logTotal;
    }
}
