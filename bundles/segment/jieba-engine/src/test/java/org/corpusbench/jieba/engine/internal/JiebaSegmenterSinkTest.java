package org.corpusbench.jieba.engine.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.corpusbench.api.SegmentationMode;
import org.corpusbench.api.Token;
import org.junit.jupiter.api.Test;

/** The sink call hands over the same tokens as the list call, with char offsets that fit the text. */
class JiebaSegmenterSinkTest {
    private final JiebaSegmenter segmenter = new JiebaSegmenter();

    @Test
    void sinkReceivesTheListsTokensWithCharOffsetsAcrossSurrogatePairs() {
        String text = "𠀀聊城市纪念𠀁𠀂国际妇女节113周年，ＡＢＣ 50%\r\n吉林😀省 e-mail";
        List<Token> fromSink = new ArrayList<>();

        segmenter.segment(text, (start, end, charStart, charEnd, type) ->
                fromSink.add(new Token(text.substring(charStart, charEnd), start, end, type)));

        assertEquals(segmenter.segment(text), fromSink);
        int[] codePoints = text.codePoints().toArray();
        for (Token token : fromSink) {
            assertEquals(new String(codePoints, token.start(), token.end() - token.start()), token.text());
        }
        assertEquals(List.of("𠀀", "𠀁", "𠀂", "😀"), fromSink.stream().map(Token::text).filter(t -> t.length() == 2 && t.codePointCount(0, 2) == 1).toList());
    }

    @Test
    void searchModeOffsetsPointAtTheirTextAfterSurrogatePairs() {
        String text = "𠀀𠀁在中华人民共和国成立😀中华人民共和国";
        int[] codePoints = text.codePoints().toArray();

        List<Token> tokens = segmenter.segment(text, SegmentationMode.SEARCH, true);

        for (Token token : tokens) {
            assertEquals(new String(codePoints, token.start(), token.end() - token.start()), token.text());
        }
        assertEquals(List.of("中华", "华人", "人民", "共和", "共和国", "中华人民共和国"),
                tokens.subList(tokens.size() - 6, tokens.size()).stream().map(Token::text).toList());
    }

    @Test
    void aTextLongerThanTheKeptWorkArraysSegmentsLikeItsSentencesAndLeavesTheNextTextRight() {
        String sentence = "在中华人民共和国成立𠀀，赵宗锋说50%。";
        List<Token> once = segmenter.segment(sentence);
        int copies = (1 << 20) / sentence.length() + 2;

        List<Token> repeated = segmenter.segment(sentence.repeat(copies));

        assertEquals(once.size() * copies, repeated.size());
        int length = sentence.codePointCount(0, sentence.length());
        for (int i = 0; i < repeated.size(); i += once.size() * 997) { // a sample of copies, each token against the single sentence's
            for (int j = 0; j < once.size(); j++) {
                Token token = repeated.get(i + j);
                Token expected = once.get(j);
                int shift = i / once.size() * length;
                assertEquals(new Token(expected.text(), expected.start() + shift, expected.end() + shift, expected.type()), token);
            }
        }
        assertEquals(once, segmenter.segment(sentence));
        String oneBlock = "中华人民共和国成立".repeat(copies); // no character that ends a block: one route over all of it
        List<Token> blockTokens = segmenter.segment(oneBlock);
        assertEquals(oneBlock, String.join("", blockTokens.stream().map(Token::text).toList()));
        assertEquals(oneBlock.length(), blockTokens.get(blockTokens.size() - 1).end());
    }
}
