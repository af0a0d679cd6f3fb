package org.corpusbench.cleaning.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.corpusbench.api.Article;
import org.corpusbench.api.OffsetMap;
import org.junit.jupiter.api.Test;

class CharacterAccountTest {
    @Test
    void aStepThatOnlyRemovesWhitespaceOrMovesTextIntoMetadataLosesNothing() {
        String input = "聊城日报\n 会议 召开。";
        // keeps 会议召开。 (positions 6, 7, 9, 10, 11); 聊城日报 went to metadata, the rest is whitespace
        OffsetMap kept = OffsetMap.of(new int[] {6, 7, 9, 10, 11, 12});

        assertEquals("", CharacterAccount.ofStep(input, kept, List.of("聊城日报")));
    }

    @Test
    void aCharacterLeftOutAndHeldByNoValueIsReportedAsOftenAsItIsMissing() {
        String input = "本报讯（记者 王磊）会议召开。王";
        OffsetMap body = OffsetMap.of(new int[] {10, 11, 12, 13, 14, 16});

        assertEquals("王王磊", sorted(CharacterAccount.ofStep(input, body, List.of("本报讯（记者 ）"))));
        assertEquals("王", CharacterAccount.ofStep(input, body, List.of("本报讯（记者", "王磊）")));
        assertEquals("", CharacterAccount.ofStep(input, body, List.of("本报讯（记者 王磊）", "王")));
    }

    @Test
    void theSplitterAccountsForWhatNoBodyHoldsWithItsArticlesMetadata() {
        String input = "标题\n正文。\n尾注";
        Article article = new Article(0, List.of(new Article.Span(3, 6)), Map.of("headline", "标题"));

        assertEquals("尾注", sorted(CharacterAccount.ofSplit(input, List.of(article), article.metadata().values())));
        assertEquals("", CharacterAccount.ofSplit(input, List.of(article), List.of("标题", "尾注")));
    }

    private static String sorted(String text) {
        return text.codePoints().sorted().collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
                .toString();
    }
}
