package org.corpusbench.jieba.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Token for token against Python jieba 0.42.1 (the reference in src/test/resources/jieba-0.42.1), on
 * the seeds and 1 MB of generated text, in all three modes.
 */
class JiebaParityTest {
    private static final Path REFERENCE = Path.of("src/test/resources/jieba-0.42.1");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static JiebaEngine engine;

    @BeforeAll
    static void load() throws IOException {
        engine = JiebaResources.engine(List.of());
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({"000_a091517554f8b986.txt, accurate", "000_a091517554f8b986.txt, nohmm", "000_a091517554f8b986.txt, search",
            "001_c71313bd67d0923c.txt, accurate", "001_c71313bd67d0923c.txt, nohmm", "001_c71313bd67d0923c.txt, search",
            "002_3e2a092b73121606.txt, accurate", "002_3e2a092b73121606.txt, nohmm", "002_3e2a092b73121606.txt, search",
            "003_c2c2393215bfe3e4.txt, accurate", "003_c2c2393215bfe3e4.txt, nohmm", "003_c2c2393215bfe3e4.txt, search",
            "004_82a79f414238bd25.txt, accurate", "004_82a79f414238bd25.txt, nohmm", "004_82a79f414238bd25.txt, search",
            "generated.txt, accurate", "generated.txt, nohmm", "generated.txt, search"})
    void tokensAreIdenticalToPythonJieba(String input, String mode) throws IOException {
        Path text = input.equals("generated.txt") ? REFERENCE.resolve(input) : Path.of("../../../seeds", input);
        String[] lines = Files.readString(text, StandardCharsets.UTF_8).split("\n", -1);
        List<String> reference = Files.readAllLines(REFERENCE.resolve(input + "." + mode + ".jsonl"), StandardCharsets.UTF_8);
        List<String> differences = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            List<String> expected = List.of(JSON.readValue(reference.get(i), String[].class));
            List<String> actual = switch (mode) {
                case "accurate" -> engine.cut(lines[i], true);
                case "nohmm" -> engine.cut(lines[i], false);
                default -> engine.cutForSearch(lines[i], true);
            };
            if (!expected.equals(actual)) {
                differences.add("line " + (i + 1) + ": expected " + firstDifference(expected, actual));
            }
        }
        assertEquals(List.of(), differences.subList(0, Math.min(5, differences.size())),
                differences.size() + " of " + lines.length + " lines differ");
    }

    private static String firstDifference(List<String> expected, List<String> actual) {
        int i = 0;
        while (i < Math.min(expected.size(), actual.size()) && expected.get(i).equals(actual.get(i))) {
            i++;
        }
        return expected.subList(i, Math.min(i + 6, expected.size())) + " but was " + actual.subList(i, Math.min(i + 6, actual.size()));
    }
}
