package org.corpusbench.jieba.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * With userdict.txt loaded (a byte order mark, CRLF, words without a frequency, tags, a word given
 * twice, frequency 0, a word with a space), tokens and tags against a fresh Python jieba 0.42.1
 * Tokenizer that loaded the same file (references written by regenerate.py), on the seeds, in all
 * five modes.
 */
class UserDictionaryParityTest {
    private static final Path REFERENCE = Path.of("src/test/resources/jieba-0.42.1");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static JiebaEngine engine;
    private static PosSegmenter tagger;

    @BeforeAll
    static void load() throws IOException {
        List<UserWords.UserWord> userWords;
        try (InputStream in = Files.newInputStream(REFERENCE.resolve("userdict.txt"))) {
            userWords = UserWords.read(in, "userdict.txt");
        }
        engine = JiebaResources.engine(userWords);
        tagger = new PosSegmenter(engine, JiebaResources.posModel());
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({"000_a091517554f8b986.txt", "001_c71313bd67d0923c.txt", "002_3e2a092b73121606.txt", "003_c2c2393215bfe3e4.txt",
            "004_82a79f414238bd25.txt"})
    void tokensAndTagsAreIdenticalToPythonJiebaWithTheSameUserDictionary(String input) throws IOException {
        String[] lines = Files.readString(Path.of("../../../seeds", input), StandardCharsets.UTF_8).split("\n", -1);
        List<String> differences = new ArrayList<>();
        for (String mode : List.of("accurate", "nohmm", "search", "posseg", "posseg-nohmm")) {
            List<String> reference = Files.readAllLines(REFERENCE.resolve(input + ".userdict-" + mode + ".jsonl"), StandardCharsets.UTF_8);
            assertEquals(lines.length, reference.size(), "lines in " + input + " and its reference");
            for (int i = 0; i < lines.length; i++) {
                List<String> expected = new ArrayList<>();
                for (JsonNode token : JSON.readTree(reference.get(i))) {
                    expected.add(token.isArray() ? token.get(0).asText() + "/" + token.get(1).asText() : token.asText());
                }
                List<String> actual = switch (mode) {
                    case "accurate" -> engine.cut(lines[i], true);
                    case "nohmm" -> engine.cut(lines[i], false);
                    case "search" -> engine.cutForSearch(lines[i], true);
                    default -> tagger.cut(lines[i], mode.equals("posseg")).stream().map(pair -> pair[0] + "/" + pair[1]).toList();
                };
                if (!expected.equals(actual)) {
                    differences.add(mode + " line " + (i + 1) + ": expected " + expected + ", got " + actual);
                }
            }
        }
        assertEquals(List.of(), differences.subList(0, Math.min(3, differences.size())), differences.size() + " lines differ");
    }

    @Test
    void aLineThatIsNotUtf8IsRefusedWithItsNumber() {
        byte[] file = "聊城 10 ns\n东昌府区\n".getBytes(StandardCharsets.UTF_8);
        byte[] bad = new byte[file.length + 3];
        System.arraycopy(file, 0, bad, 0, file.length);
        bad[file.length] = (byte) 0xC4; // GBK's first byte of 聊, not UTF-8 on its own
        bad[file.length + 1] = (byte) 0xC4;
        bad[file.length + 2] = '\n';
        IOException refused = assertThrows(IOException.class, () -> UserWords.read(new ByteArrayInputStream(bad), "names.txt"));
        assertTrue(refused.getMessage().contains("names.txt, line 3"), refused.getMessage());
    }

    @Test
    void readsWordsFrequenciesAndTagsAsReUserdictDoes() throws IOException {
        String file = "\uFEFF聊城 20000 ns\r\nNew York 50 ns\r\n\r\n茌平\r\nC++ 3\r\n三八 m\n";
        List<UserWords.UserWord> words = UserWords.read(new ByteArrayInputStream(file.getBytes(StandardCharsets.UTF_8)), "f");
        assertEquals(List.of(new UserWords.UserWord("聊城", 20000L, "ns"), new UserWords.UserWord("New York", 50L, "ns"),
                new UserWords.UserWord("茌平", null, null), new UserWords.UserWord("C++", 3L, null),
                new UserWords.UserWord("三八", null, "m")), words);
    }
}
