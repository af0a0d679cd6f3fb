package org.corpusbench.analysis.segmentdiff;

import static org.corpusbench.analysis.segmentdiff.Segmentations.tokens;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import org.corpusbench.analysis.segmentdiff.SegmentationDiff.Disagreement;
import org.corpusbench.api.Token;
import org.junit.jupiter.api.Test;

class SegmentationDiffTest {
    @Test
    void identicalSegmentationsDisagreeNowhere() {
        assertEquals(List.of(), SegmentationDiff.disagreements(tokens("我|来到| |北京"), tokens("我|来到| |北京")));
        assertEquals(List.of(), SegmentationDiff.disagreements(List.of(), List.of()));
    }

    @Test
    void aWordKeptWholeOnOneSideAndSplitOnTheOtherIsOneSpan() {
        List<Disagreement> found = SegmentationDiff.disagreements(tokens("会议|并为|此"), tokens("会议|并|为|此"));
        assertEquals(List.of("2-4 并为 / 并 为"), describe(found));
    }

    @Test
    void adjacentDisagreementsStayApartWhereBothCut() {
        assertEquals(List.of("0-2 更多 / 更 多", "2-4 之年 / 之 年"),
                describe(SegmentationDiff.disagreements(tokens("更多|之年"), tokens("更|多|之|年"))));
    }

    @Test
    void crossingCutsMakeOneSpanUpToTheNextSharedBoundary() {
        // boundaries {2, 3} against {1, 3}: nothing shared before 3
        assertEquals(List.of("0-3 研究 生 / 研 究生", "4-6 物品 / 物 品"),
                describe(SegmentationDiff.disagreements(tokens("研究|生|的|物品"), tokens("研|究生|的|物|品"))));
    }

    @Test
    void disagreementsAtTheStartAndTheEndOfTheText() {
        assertEquals(List.of("0-2 并为 / 并 为", "3-5 更多 / 更 多"),
                describe(SegmentationDiff.disagreements(tokens("并为|此|更多"), tokens("并|为|此|更|多"))));
        assertEquals(List.of("0-2 并为 / 并 为"), describe(SegmentationDiff.disagreements(tokens("并为"), tokens("并|为"))));
    }

    @Test
    void offsetsCountCodePointsSoCharactersBeyondTheBasicPlaneAreOne() {
        // 𠀀 (U+20000, CJK Extension B) is two chars but one code point
        List<Disagreement> found = SegmentationDiff.disagreements(tokens("𠀀|𠀁𠀂|好"), tokens("𠀀|𠀁|𠀂|好"));
        assertEquals(List.of("1-3 𠀁𠀂 / 𠀁 𠀂"), describe(found));
    }

    @Test
    void whitespaceBothSidesCutAlikeIsAgreement() {
        assertEquals(List.of("4-7 10% / 10 %"),
                describe(SegmentationDiff.disagreements(tokens("增长| |\n|10%"), tokens("增长| |\n|10|%"))));
    }

    @Test
    void everyCharacterOfBothSidesIsInASpanOrAgreedOn() {
        List<Token> a = tokens("中华人民|共和国|成立|于|1949|年");
        List<Token> b = tokens("中华|人民|共和国|成立于|19|49年");
        List<Disagreement> found = SegmentationDiff.disagreements(a, b);
        assertEquals(List.of("0-4 中华人民 / 中华 人民", "7-10 成立 于 / 成立于", "10-15 1949 年 / 19 49年"), describe(found));
    }

    @Test
    void refusesGapsOverlapsEmptyTokensAndDifferentTexts() {
        List<Token> gap = List.of(new Token("我", 0, 1, tokens("我").get(0).type()), new Token("们", 2, 3, tokens("们").get(0).type()));
        assertTrue(message(gap, tokens("我|x|们")).contains("first segmentation leaves a gap at code point 1"));
        List<Token> overlap = List.of(tokens("我们").get(0), new Token("们", 1, 2, tokens("们").get(0).type()));
        assertTrue(message(tokens("我们|们"), overlap).contains("second segmentation overlaps at code point 2"));
        assertTrue(message(tokens("我们"), tokens("我|们|好")).contains("different text"));
        assertTrue(message(tokens("我|"), tokens("我")).contains("empty token at code point 1"));
        assertTrue(message(tokens("我"), List.of()).contains("empty"));
    }

    private static String message(List<Token> a, List<Token> b) {
        return assertThrows(IllegalArgumentException.class, () -> SegmentationDiff.disagreements(a, b)).getMessage();
    }

    private static List<String> describe(List<Disagreement> found) {
        return found.stream().map(d -> d.start() + "-" + d.end() + " " + words(d.a()) + " / " + words(d.b())).toList();
    }

    private static String words(List<Token> tokens) {
        return tokens.stream().map(Token::text).collect(Collectors.joining(" "));
    }
}
