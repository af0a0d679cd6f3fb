package org.corpusbench.jieba.engine.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.corpusbench.api.Segmenter;
import org.corpusbench.api.Token;
import org.corpusbench.api.TokenType;
import org.corpusbench.api.UserDictionary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The jieba-pos segmenter service: posseg's words and tags as tokens with code-point offsets and types. */
class JiebaPosSegmenterTest {
    private static final Path REFERENCE = Path.of("src/test/resources/jieba-0.42.1");
    private static final ObjectMapper JSON = new ObjectMapper();
    private final JiebaPosSegmenter segmenter = new JiebaPosSegmenter();

    /** Python cut the seeds line by line; a whole text's tokens are the lines' tokens with each "\n" tagged x between them. */
    @ParameterizedTest
    @ValueSource(strings = {"000_a091517554f8b986.txt", "003_c2c2393215bfe3e4.txt"})
    void aWholeSeedsTokensAndTagsArePythonPossegsLineByLine(String seed) throws IOException {
        String text = Files.readString(Path.of("../../../seeds", seed), StandardCharsets.UTF_8);
        List<String> reference = Files.readAllLines(REFERENCE.resolve(seed + ".posseg.jsonl"), StandardCharsets.UTF_8);
        List<String> expected = new ArrayList<>();
        for (int line = 0; line < reference.size(); line++) {
            if (line > 0) {
                expected.add("\n/x");
            }
            for (String[] pair : JSON.readValue(reference.get(line), String[][].class)) {
                expected.add(pair[0] + "/" + pair[1]);
            }
        }

        List<Token> tokens = segmenter.segment(text);

        assertEquals(expected, tokens.stream().map(token -> token.text() + "/" + token.tag()).toList());
        int offset = 0;
        for (Token token : tokens) {
            assertEquals(offset, token.start(), "start of " + token);
            assertEquals(token.text().codePointCount(0, token.text().length()), token.end() - token.start());
            offset = token.end();
        }
        assertEquals(text.codePointCount(0, text.length()), offset);
    }

    @Test
    void offsetsCountCodePointsAndTypesClassifyTheTokens() {
        List<Token> tokens = segmenter.segment("𠀀聊城的经济，2023年");

        Token comma = tokens.stream().filter(token -> token.text().equals("，")).findFirst().orElseThrow();
        assertEquals(TokenType.PUNCTUATION, comma.type());
        assertEquals("x", comma.tag());
        Token liaocheng = tokens.stream().filter(token -> token.text().equals("聊城")).findFirst().orElseThrow();
        assertEquals(List.of(1, 3), List.of(liaocheng.start(), liaocheng.end()));
        assertEquals("ns", liaocheng.tag());
        tokens.forEach(token -> assertNotNull(token.tag(), token.toString()));
    }

    @Test
    void aUserDictionarysTagsTagItsWordsAndOnlyItsSegmenterKnowsThem() {
        Segmenter withNames = segmenter.withDictionaries(
                List.of(new UserDictionary("names", List.of(UserDictionary.Entry.parse("纪念国际 1000000 nz")))));

        assertEquals(List.of("纪念国际/nz"), withNames.segment("纪念国际").stream().map(t -> t.text() + "/" + t.tag()).toList());
        assertFalse(segmenter.segment("纪念国际").stream().anyMatch(t -> t.text().equals("纪念国际")));
        assertEquals("posseg.cut (HMM on), with tags", withNames.provenance().get("mode"));
    }
}
