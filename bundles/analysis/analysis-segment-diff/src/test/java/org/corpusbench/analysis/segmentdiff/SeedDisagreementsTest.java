package org.corpusbench.analysis.segmentdiff;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.corpusbench.api.analysis.ResultTable;
import org.corpusbench.jieba.engine.internal.JiebaSegmenter;
import org.corpusbench.segmenter.jieba.internal.JiebaAnalysisSegmenter;
import org.junit.jupiter.api.Test;

/**
 * The real segmenters on the seed pages: our {@code jieba} (Python jieba 0.42.1) against
 * {@code jieba-analysis} 1.0.2, which keeps dictionary words Python splits and keeps {@code %}
 * with the digits before it.
 */
class SeedDisagreementsTest {
    private static final Path SEEDS = Path.of("../../../seeds");

    @Test
    void jiebaAndJiebaAnalysisDisagreeOnTheKnownPatterns() throws IOException {
        SegmenterPair pair = new SegmenterPair("jieba", new JiebaSegmenter(), "jieba-analysis", new JiebaAnalysisSegmenter());
        DisagreementCounts counts = new DisagreementCounts(2);
        List<Path> pages;
        try (Stream<Path> files = Files.list(SEEDS)) {
            pages = files.filter(file -> file.toString().endsWith(".txt")).sorted().toList();
        }
        for (Path page : pages) {
            String text = Files.readString(page, StandardCharsets.UTF_8);
            counts.add(page.getFileName().toString(), text, pair.disagreements(text));
        }
        List<List<Object>> rows;
        try (ResultTable table = counts.table(1)) {
            rows = table.rows().toList();
        }
        String shown = String.join("\n", rows.stream().limit(40).map(Object::toString).toList());
        for (String word : List.of("并为", "更多", "之年")) {
            assertTrue(rows.stream().anyMatch(row -> row.get(0).equals(word) && row.get(2).equals(word)
                    && !row.get(1).equals(word)), word + " kept by jieba-analysis and split by jieba in\n" + shown);
        }
        assertTrue(rows.stream().anyMatch(row -> ((String) row.get(0)).matches("[0-9.]+%")),
                "a percentage after digits in\n" + shown);
        for (int r = 1; r < rows.size(); r++) {
            assertTrue((Long) rows.get(r - 1).get(3) >= (Long) rows.get(r).get(3), "sorted by count:\n" + shown);
        }
    }
}
