package org.corpusbench.references;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.corpusbench.api.CorpusException;
import org.junit.jupiter.api.Test;

class ReferenceFileTest {
    private static CountedWords read(byte[] bytes) throws IOException {
        return ReferenceFile.read(new ByteArrayInputStream(bytes), "news.txt", "news");
    }

    private static CountedWords read(String text) throws IOException {
        return read(text.getBytes(StandardCharsets.UTF_8));
    }

    private static String error(String text) {
        return assertThrows(CorpusException.class, () -> read(text)).getMessage();
    }

    @Test
    void readsWordsCountsCommentsAndTheTokensLine() throws IOException {
        CountedWords list = read("\uFEFF# news of 2023\r\n经济\t12\r\n\n发展\t3\n# tokens: 1000\n𠀀\t1\nABC\t5");

        assertEquals("news", list.name());
        assertEquals(1000, list.tokens());
        assertEquals(4, list.size());
        assertEquals(12, list.count("经济"));
        assertEquals(1, list.count("𠀀"));
        assertEquals(5, list.count("ABC"));
        assertEquals(0, list.count("ab"));
        assertEquals(0, list.count("经"));
        assertEquals("The user's reference list file 'news.txt': 4 words, 1000 tokens (its '# tokens' line)", list.description());
    }

    @Test
    void withoutATokensLineTheTotalIsTheSumOfTheCounts() throws IOException {
        assertEquals(15, read("经济\t12\n发展\t3\n").tokens());
    }

    @Test
    void givesTheWordsInCodePointOrder() throws IOException {
        Map<String, Long> seen = new LinkedHashMap<>();
        read("豈\t1\n𠀀\t2\nb\t3\nA\t4\n").forEach(seen::put);

        assertEquals(Map.of("A", 4L, "b", 3L, "豈", 1L, "𠀀", 2L), seen);
        assertEquals(java.util.List.of("A", "b", "豈", "𠀀"), java.util.List.copyOf(seen.keySet()));
    }

    @Test
    void aBadLineIsAnErrorNamingTheFileAndTheLine() {
        assertEquals("Reference list file 'news.txt', line 2, is not a word, a tab and a count ('发展 3')",
                error("经济\t1\n发展 3\n"));
        assertEquals("Reference list file 'news.txt', line 1, is not a word, a tab and a count ('a\t1\t2')", error("a\t1\t2"));
        assertEquals("Reference list file 'news.txt', line 1, has 'x' as its count, not a whole number from 1", error("a\tx"));
        assertEquals("Reference list file 'news.txt', line 1, has '0' as its count, not a whole number from 1", error("a\t0"));
        assertEquals("Reference list file 'news.txt', line 1, has '-3' as its count, not a whole number from 1", error("a\t-3"));
        assertEquals("Reference list file 'news.txt', line 1, has no word before its tab", error("\t3"));
        assertEquals("Reference list file 'news.txt', line 1, has a space or control character in its word ('a b')",
                error("a b\t3"));
        assertEquals("Reference list file 'news.txt', line 3, repeats the word of line 1", error("甲\t1\n乙\t2\n甲\t3\n"));
        assertEquals("Reference list file 'news.txt', line 2, gives 2 tokens, fewer than the 5 its counts add up to",
                error("甲\t5\n# tokens: 2\n"));
        assertEquals("Reference list file 'news.txt', line 2, gives the tokens again (line 1 did)",
                error("# tokens: 9\n# tokens: 9\n"));
        assertEquals("Reference list file 'news.txt', line 1, has 'many' as the tokens, not a whole number from 1",
                error("# tokens: many"));
    }

    @Test
    void textThatIsNotUtf8IsRejectedWithItsLine() {
        byte[] gbk = "经济\t1\n".getBytes(java.nio.charset.Charset.forName("GBK"));
        byte[] file = new byte[gbk.length + 9];
        System.arraycopy("甲\t1\n".getBytes(StandardCharsets.UTF_8), 0, file, 0, 6);
        System.arraycopy(gbk, 0, file, 6, gbk.length);
        assertEquals("Reference list file 'news.txt', line 2, is not UTF-8 text; save the file as UTF-8",
                assertThrows(CorpusException.class, () -> read(java.util.Arrays.copyOf(file, 6 + gbk.length))).getMessage());
    }

    @Test
    void anEmptyFileIsAnEmptyList() throws IOException {
        CountedWords list = read("# nothing yet\n");
        assertEquals(0, list.size());
        assertEquals(0, list.tokens());
        assertEquals(0, list.count("甲"));
    }
}
