package org.corpusbench.jieba.engine.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The {@code jieba} reference list against dict.txt read naively into a map, line by line. */
class JiebaReferenceListTest {
    @Test
    void holdsEveryWordOfDictTxtWithItsFrequencyAndJiebasTotal() throws IOException {
        Map<String, Long> naive = new HashMap<>();
        long total = 0;
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(
                JiebaReferenceList.class.getResourceAsStream(JiebaReferenceList.DICTIONARY), StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                String[] fields = line.split(" ");
                naive.put(fields[0], Long.parseLong(fields[1])); // a later line wins, as in jieba
                total += Long.parseLong(fields[1]);
            }
        }
        JiebaReferenceList list = new JiebaReferenceList();

        assertEquals("jieba", list.name());
        assertEquals(total, list.tokens());
        assertEquals(60_101_967L, list.tokens(), "jieba 0.42.1's total");
        Map<String, Long> seen = new HashMap<>();
        list.forEach(seen::put);
        assertEquals(naive, seen);
        for (String word : new String[] {"的", "B超", "AT&T", "经济", "中华人民共和国"}) {
            assertEquals(naive.get(word), list.count(word), word);
        }
        assertEquals(0, list.count("不在词典里的词"));
        assertEquals(0, list.count(""));
        assertTrue(list.description().contains("0.42.1") && list.description().contains("MIT"));
    }

    @Test
    void givesTheWordsInCodePointOrder() {
        String[] previous = {""};
        new JiebaReferenceList().forEach((word, count) -> {
            assertTrue(org.corpusbench.api.CodePointOrder.compare(previous[0], word) < 0, previous[0] + " before " + word);
            assertTrue(count > 0);
            previous[0] = word;
        });
    }
}
