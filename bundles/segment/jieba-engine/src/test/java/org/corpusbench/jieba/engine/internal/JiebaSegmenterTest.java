package org.corpusbench.jieba.engine.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.corpusbench.api.SegmentationMode;
import org.corpusbench.api.Token;
import org.corpusbench.api.TokenType;
import org.corpusbench.api.UserDictionary;
import org.junit.jupiter.api.Test;

class JiebaSegmenterTest {
    private final JiebaSegmenter segmenter = new JiebaSegmenter();

    @Test
    void tokensCoverTheTextWithCodePointOffsetsAndTypes() {
        String text = "𠀀聊城市纪念国际妇女节113周年，ＡＢＣ 50%\n吉林";

        List<Token> tokens = segmenter.segment(text);

        assertEquals(List.of("𠀀", "聊城市", "纪念", "国际妇女节", "113", "周年", "，", "Ａ", "Ｂ", "Ｃ", " ", "50%", "\n", "吉林"),
                tokens.stream().map(Token::text).toList());
        int offset = 0;
        for (Token token : tokens) {
            assertEquals(offset, token.start());
            offset = token.end();
        }
        assertEquals(text.codePointCount(0, text.length()), offset);
        assertEquals(TokenType.NUMBER, tokens.get(11).type());
        assertEquals(TokenType.PUNCTUATION, tokens.get(6).type());
        assertEquals(64, segmenter.provenance().get("dictionary.sha256").length());
    }

    @Test
    void searchModeAddsSubwordsWithTheirOwnOffsetsAndNoHmmLeavesUnknownCharactersAlone() {
        List<Token> search = segmenter.segment("在中华人民共和国成立", SegmentationMode.SEARCH, true);

        assertEquals(List.of("在", "中华", "华人", "人民", "共和", "共和国", "中华人民共和国", "成立"),
                search.stream().map(Token::text).toList());
        Token people = search.get(3);
        assertEquals(List.of(3, 5), List.of(people.start(), people.end()));
        assertEquals(List.of("赵", "宗", "锋", "说"), segmenter.segment("赵宗锋说", SegmentationMode.ACCURATE, false)
                .stream().map(Token::text).toList());
        assertEquals(List.of("赵宗锋", "说"), segmenter.segment("赵宗锋说").stream().map(Token::text).toList());
    }

    /** A resegmentation after adding a dictionary asks the new segmenter about the service itself (the plain one). */
    @Test
    void aSegmenterWithADictionaryProvesTextsWithoutItsWordsCutAsTheServiceCutsThem() {
        var withName = segmenter.withDictionaries(List.of(new UserDictionary("places", List.of(UserDictionary.Entry.parse("东昌府区 ns")))));

        assertEquals(true, withName.cutsAlike(segmenter).test("在中华人民共和国成立"));
        assertEquals(false, withName.cutsAlike(segmenter).test("聊城市东昌府区"));
    }
}
