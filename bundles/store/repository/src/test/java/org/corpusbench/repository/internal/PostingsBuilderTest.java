package org.corpusbench.repository.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** The postings against a naive inversion of the token stream, for windows from one position up, gathered in 1 to 4 parts. */
class PostingsBuilderTest {

    @Property(tries = 200)
    void positionsOfEachTypeAscendingInTypeOrder(@ForAll long seed, @ForAll @IntRange(min = 1, max = 12) int window,
            @ForAll @IntRange(min = 1, max = 4) int parts)
            throws IOException {
        Random random = new Random(seed);
        int types = 1 + random.nextInt(12);
        int tokens = random.nextInt(80);
        int[] stream = new int[tokens];
        int[] counts = new int[types];
        Path folder = Files.createTempDirectory("postings");
        try {
            try (IntFileWriter out = new IntFileWriter(folder.resolve(StoreLayout.TOKEN_TYPES))) {
                for (int position = 0; position < tokens; position++) {
                    // skewed, so that one type often outgrows the window
                    stream[position] = random.nextBoolean() ? 0 : random.nextInt(types);
                    counts[stream[position]]++;
                    out.write(stream[position]);
                }
            }

            PostingsBuilder.write(folder, counts, tokens, window, parts);

            IntFile starts = IntFile.map(folder.resolve(StoreLayout.POSTING_STARTS));
            IntFile postings = IntFile.map(folder.resolve(StoreLayout.POSTINGS));
            assertEquals(tokens, postings.length());
            int at = 0;
            for (int type = 0; type < types; type++) {
                assertEquals(at, starts.get(type));
                for (int position = 0; position < tokens; position++) {
                    if (stream[position] == type) {
                        assertEquals(position, postings.get(at++), "type " + type);
                    }
                }
            }
            assertEquals(tokens, starts.get(types));
        } finally {
            try (var files = Files.list(folder)) {
                for (Path file : files.toList()) {
                    Files.delete(file);
                }
            }
            Files.delete(folder);
        }
    }
}
