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
 * Words and tags against Python's {@code jieba.posseg.cut} 0.42.1 (the reference in
 * src/test/resources/jieba-0.42.1, written by regenerate.py), on the seeds and 1 MB of generated
 * text, with the HMM and without.
 */
class PosSegmenterParityTest {
    private static final Path REFERENCE = Path.of("src/test/resources/jieba-0.42.1");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static PosSegmenter segmenter;

    @BeforeAll
    static void load() throws IOException {
        segmenter = new PosSegmenter(JiebaResources.engine(List.of()), JiebaResources.posModel());
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({"000_a091517554f8b986.txt, posseg", "000_a091517554f8b986.txt, posseg-nohmm",
            "001_c71313bd67d0923c.txt, posseg", "001_c71313bd67d0923c.txt, posseg-nohmm",
            "002_3e2a092b73121606.txt, posseg", "002_3e2a092b73121606.txt, posseg-nohmm",
            "003_c2c2393215bfe3e4.txt, posseg", "003_c2c2393215bfe3e4.txt, posseg-nohmm",
            "004_82a79f414238bd25.txt, posseg", "004_82a79f414238bd25.txt, posseg-nohmm",
            "generated.txt, posseg", "generated.txt, posseg-nohmm"})
    void wordsAndTagsAreIdenticalToPythonJiebaPosseg(String input, String mode) throws IOException {
        Path text = input.equals("generated.txt") ? REFERENCE.resolve(input) : Path.of("../../../seeds", input);
        String[] lines = Files.readString(text, StandardCharsets.UTF_8).split("\n", -1);
        List<String> reference = Files.readAllLines(REFERENCE.resolve(input + "." + mode + ".jsonl"), StandardCharsets.UTF_8);
        assertEquals(lines.length, reference.size(), "lines in " + input + " and its reference");
        List<String> differences = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            List<String> expected = new ArrayList<>();
            for (String[] pair : JSON.readValue(reference.get(i), String[][].class)) {
                expected.add(pair[0] + "/" + pair[1]);
            }
            List<String> actual = new ArrayList<>();
            for (String[] pair : segmenter.cut(lines[i], mode.equals("posseg"))) {
                actual.add(pair[0] + "/" + pair[1]);
            }
            if (!expected.equals(actual)) {
                int at = 0;
                while (at < Math.min(expected.size(), actual.size()) && expected.get(at).equals(actual.get(at))) {
                    at++;
                }
                differences.add("line " + (i + 1) + " at word " + at + ": expected "
                        + expected.subList(at, Math.min(expected.size(), at + 4)) + ", got " + actual.subList(at, Math.min(actual.size(), at + 4)));
            }
        }
        assertEquals(List.of(), differences.subList(0, Math.min(5, differences.size())),
                differences.size() + " of " + lines.length + " lines differ");
    }
}
