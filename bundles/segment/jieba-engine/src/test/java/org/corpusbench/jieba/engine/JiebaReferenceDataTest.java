package org.corpusbench.jieba.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The reference segmentation of Python jieba 0.42.1 (src/test/resources/jieba-0.42.1, made by its
 * regenerate.py) must line up with its inputs, or a parity test against it would mislead: accurate
 * and no-HMM tokens concatenate to each input line exactly; search-mode tokens lie within their line.
 */
class JiebaReferenceDataTest {
    private static final Path REFERENCE = Path.of("src/test/resources/jieba-0.42.1");
    private static final ObjectMapper JSON = new ObjectMapper();

    @ParameterizedTest
    @ValueSource(strings = {"../../../seeds/000_a091517554f8b986.txt", "../../../seeds/001_c71313bd67d0923c.txt",
            "../../../seeds/002_3e2a092b73121606.txt", "../../../seeds/003_c2c2393215bfe3e4.txt",
            "../../../seeds/004_82a79f414238bd25.txt", "src/test/resources/jieba-0.42.1/generated.txt"})
    void referenceTokensLineUpWithTheirInput(String input) throws IOException {
        String[] lines = Files.readString(Path.of(input), StandardCharsets.UTF_8).split("\n", -1);
        String name = Path.of(input).getFileName().toString();
        for (String mode : List.of("accurate", "nohmm", "search")) {
            List<String> reference = Files.readAllLines(REFERENCE.resolve(name + "." + mode + ".jsonl"), StandardCharsets.UTF_8);
            assertEquals(lines.length, reference.size(), name + " " + mode + ": one line of tokens per input line");
            for (int i = 0; i < lines.length; i++) {
                List<String> tokens = List.of(JSON.readValue(reference.get(i), String[].class));
                if (mode.equals("search")) {
                    for (String token : tokens) {
                        assertTrue(lines[i].contains(token), name + " line " + (i + 1) + ": '" + token + "'");
                    }
                } else {
                    assertEquals(lines[i], String.join("", tokens), name + " " + mode + " line " + (i + 1));
                }
            }
        }
    }
}
