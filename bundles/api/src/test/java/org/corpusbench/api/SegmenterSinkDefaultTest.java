package org.corpusbench.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A segmenter that only returns lists still serves the sink call, with char offsets after surrogate pairs. */
class SegmenterSinkDefaultTest {
    @Test
    void defaultSinkCallPassesTheListsTokensWithCharOffsets() {
        Segmenter listOnly = text -> List.of(new Token("𠀀", 0, 1, TokenType.CHINESE_WORD),
                new Token("中国", 1, 3, TokenType.CHINESE_WORD), new Token("，", 3, 4, TokenType.PUNCTUATION));
        String text = "𠀀中国，";
        List<String> received = new ArrayList<>();

        listOnly.segment(text, (start, end, charStart, charEnd, type) ->
                received.add(start + "-" + end + " " + text.substring(charStart, charEnd) + " " + type));

        assertEquals(List.of("0-1 𠀀 CHINESE_WORD", "1-3 中国 CHINESE_WORD", "3-4 ， PUNCTUATION"), received);
    }
}
