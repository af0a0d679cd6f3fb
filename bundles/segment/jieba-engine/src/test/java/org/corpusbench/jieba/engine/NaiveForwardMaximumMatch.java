package org.corpusbench.jieba.engine;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * The yardstick of the segmentation benchmark, written plainly: at each position the longest
 * dictionary word, else one character. It reads jieba's dict.txt into the map jieba builds
 * ({@code gen_pfdict}: every word with its frequency, every prefix with 0) so a walk stops where no
 * word continues.
 */
final class NaiveForwardMaximumMatch {
    private final Map<String, Long> prefixDictionary = new HashMap<>();

    NaiveForwardMaximumMatch(InputStream dictionary) throws IOException {
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(dictionary, StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                String[] fields = line.trim().split(" ");
                if (fields.length >= 2) {
                    prefixDictionary.put(fields[0], Long.parseLong(fields[1]));
                    for (int end = 1; end < fields[0].length(); end++) {
                        prefixDictionary.putIfAbsent(fields[0].substring(0, end), 0L);
                    }
                }
            }
        }
    }

    /** @return the number of tokens of the text */
    int countTokens(String text) {
        int tokens = 0;
        int i = 0;
        while (i < text.length()) {
            int longest = Character.charCount(text.codePointAt(i));
            for (int end = i + 1; end <= text.length(); end++) {
                Long frequency = prefixDictionary.get(text.substring(i, end));
                if (frequency == null) {
                    break;
                }
                if (frequency > 0) {
                    longest = end - i;
                }
            }
            i += longest;
            tokens++;
        }
        return tokens;
    }
}
