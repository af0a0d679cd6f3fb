package org.corpusbench.jieba.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.huaban.analysis.jieba.JiebaSegmenter.SegMode;
import com.huaban.analysis.jieba.SegToken;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * jieba-analysis, an independent implementation, as an oracle where the two must agree. They differ
 * in two known ways (STACK.md): jieba-analysis keeps a dictionary word that Python's HMM step splits
 * into characters (并为, 更多, 之年), and it treats {@code %} after digits differently. So on every seed
 * line without {@code %}, every token boundary jieba-analysis draws must be one of ours.
 */
class JiebaAnalysisOracleTest {

    @Test
    void everyBoundaryOfJiebaAnalysisIsOursOnSeedLinesWithoutPercentSigns() throws IOException {
        JiebaEngine engine = JiebaResources.engine(java.util.List.of());
        PrintStream out = System.out;
        System.setOut(new PrintStream(OutputStream.nullOutputStream())); // it prints its load times
        com.huaban.analysis.jieba.JiebaSegmenter oracle = new com.huaban.analysis.jieba.JiebaSegmenter();
        System.setOut(out);

        int checked = 0;
        int identical = 0;
        List<String> violations = new ArrayList<>();
        try (Stream<Path> pages = Files.list(Path.of("../../../seeds"))) {
            for (Path page : pages.sorted().toList()) {
                for (String line : Files.readString(page, StandardCharsets.UTF_8).split("\n")) {
                    if (line.isBlank() || line.contains("%")) {
                        continue;
                    }
                    checked++;
                    List<String> ours = engine.cut(line, true);
                    Set<Integer> ourBoundaries = boundaries(ours);
                    List<String> theirs = new ArrayList<>();
                    for (SegToken token : oracle.process(line, SegMode.SEARCH)) {
                        theirs.add(line.substring(token.startOffset, token.endOffset));
                    }
                    identical += ours.equals(theirs) ? 1 : 0;
                    if (!ourBoundaries.containsAll(boundaries(theirs))) {
                        violations.add(line);
                    }
                }
            }
        }
        assertEquals(List.of(), violations);
        assertTrue(checked > 1200, "checked " + checked + " lines");
        assertTrue(identical > checked * 0.95, identical + " of " + checked + " lines identical");
    }

    private static Set<Integer> boundaries(List<String> tokens) {
        Set<Integer> boundaries = new HashSet<>();
        int offset = 0;
        for (String token : tokens) {
            offset += token.length();
            boundaries.add(offset);
        }
        return boundaries;
    }
}
