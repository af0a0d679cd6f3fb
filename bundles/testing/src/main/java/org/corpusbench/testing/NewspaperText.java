package org.corpusbench.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;

/**
 * The benchmarks' input (segmentation, import): the seed pages, the cleaning fixtures' newspaper pages, and
 * more newspaper-like text made from them by a seeded character trigram chain (each character drawn
 * after the two before it as often as it follows them in the real pages), so the run is repeatable
 * and nothing large is committed.
 */
public final class NewspaperText {
    private NewspaperText() {
    }

    /** @return the real pages, each as one string */
    public static List<String> realPages(Path seeds, Path pages) throws IOException {
        List<String> texts = new ArrayList<>();
        for (Path folder : List.of(seeds, pages)) {
            try (Stream<Path> files = Files.list(folder)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                    texts.add(Files.readString(file, StandardCharsets.UTF_8));
                }
            }
        }
        return texts;
    }

    /** @return about this many UTF-8 bytes of text generated from the pages, the same every time */
    public static String generated(List<String> pages, int bytes, long seed) {
        String training = String.join("\n", pages);
        int[] cps = training.codePoints().toArray();
        Map<Long, List<Integer>> followers = new HashMap<>();
        for (int i = 2; i < cps.length; i++) {
            followers.computeIfAbsent(pair(cps[i - 2], cps[i - 1]), k -> new ArrayList<>()).add(cps[i]);
        }
        Random random = new Random(seed);
        StringBuilder text = new StringBuilder();
        int size = 0;
        int at = random.nextInt(cps.length - 2);
        int first = cps[at];
        int second = cps[at + 1];
        while (size < bytes) {
            List<Integer> next = followers.get(pair(first, second));
            if (next == null) { // the training text's last pair: start again somewhere else
                at = random.nextInt(cps.length - 2);
                first = cps[at];
                second = cps[at + 1];
                continue;
            }
            int cp = next.get(random.nextInt(next.size()));
            text.appendCodePoint(cp);
            size += cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
            first = second;
            second = cp;
        }
        return text.toString();
    }

    private static long pair(int first, int second) {
        return (long) first << 32 | second;
    }
}
