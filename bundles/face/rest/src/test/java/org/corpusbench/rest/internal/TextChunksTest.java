package org.corpusbench.rest.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextChunksTest {

    private static List<String> pieces(String text, int limit) throws IOException {
        TextChunks chunks = new TextChunks(new StringReader(text), limit);
        List<String> pieces = new ArrayList<>();
        for (String piece = chunks.next(); piece != null; piece = chunks.next()) {
            assertTrue(piece.length() <= limit, "a piece holds at most the limit");
            pieces.add(piece);
        }
        assertNull(chunks.next());
        assertEquals(text, String.join("", pieces), "the pieces are the text");
        return pieces;
    }

    @Test
    void cutsAfterTheLastLineBreakAndKeepsCrLfTogether() throws IOException {
        assertEquals(List.of("聊城日报\r\n", "第二行\r\n三"), pieces("聊城日报\r\n第二行\r\n三", 9));
        assertEquals(List.of("聊城\r\n", "日报\r\n第二"), pieces("聊城\r\n日报\r\n第二", 7), "a buffer ending in \\r is not cut there");
    }

    @Test
    void aLineLongerThanTheLimitIsCutAfterASentenceEndElseASpaceElseAtTheLimit() throws IOException {
        assertEquals(List.of("发展经济。", "建设城市"), pieces("发展经济。建设城市", 8));
        assertEquals(List.of("ab cd ", "ef"), pieces("ab cd ef", 7));
        assertEquals(List.of("abcd", "ef"), pieces("abcdef", 4));
    }

    @Test
    void neverSplitsASurrogatePair() throws IOException {
        List<String> pieces = pieces("abc𠀀def", 4);
        assertEquals("abc", pieces.get(0));
        assertTrue(pieces.get(1).startsWith("𠀀"));
    }

    @Test
    void anEmptyTextHasNoPieces() throws IOException {
        assertEquals(List.of(), pieces("", 4));
    }
}
