package org.corpusbench.itests;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

/** A folder of newspaper-like pages: the seed pages' lines in a shuffled order (seeded), in files of about 16 KB. */
final class SeedLinePages {
    private SeedLinePages() {
    }

    /**
     * @param folder where the pages go, created if missing
     * @param seeds the seed pages
     * @param bytes about how many UTF-8 bytes to write
     * @param seed the shuffle's seed
     * @return the folder
     */
    static Path write(Path folder, Path seeds, long bytes, long seed) throws IOException {
        List<String> lines = new ArrayList<>();
        try (Stream<Path> pages = Files.list(seeds)) {
            for (Path page : pages.sorted().toList()) {
                lines.addAll(Files.readAllLines(page, StandardCharsets.UTF_8));
            }
        }
        Files.createDirectories(folder);
        Random random = new Random(seed);
        long written = 0;
        for (int file = 0; written < bytes; file++) {
            StringBuilder page = new StringBuilder();
            while (page.length() < 5_500) { // about 16 KB of UTF-8
                page.append(lines.get(random.nextInt(lines.size()))).append('\n');
            }
            byte[] content = page.toString().getBytes(StandardCharsets.UTF_8);
            Files.write(folder.resolve(String.format("page-%05d.txt", file)), content);
            written += content.length;
        }
        return folder;
    }
}
