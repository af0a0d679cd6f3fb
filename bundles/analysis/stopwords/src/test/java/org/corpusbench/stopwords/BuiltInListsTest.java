package org.corpusbench.stopwords;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.corpusbench.api.analysis.StopwordList;
import org.junit.jupiter.api.Test;

class BuiltInListsTest {

    @Test
    void theDefaultListHoldsCommonFunctionWordsAndNoPunctuation() {
        StopwordList list = BuiltInLists.load().get(BuiltInLists.ZH_FUNCTION_WORDS);

        assertEquals("zh-function-words", list.name());
        assertTrue(list.words().size() >= 300, "a few hundred words, not " + list.words().size());
        for (String word : List.of("的", "了", "着", "过", "地", "得", "之", "我们", "因为", "所以", "在", "和", "被", "把",
                "可以", "已经", "一些", "个", "吗", "呢")) {
            assertTrue(list.contains(word), word);
        }
        for (String word : list.words()) {
            assertTrue(word.codePoints().allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN), word);
        }
        for (String notFunctionWords : Set.of("，", "。", "经济", "发展", "中国")) {
            assertTrue(!list.contains(notFunctionWords), notFunctionWords);
        }
    }

    @Test
    void theFileSaysWhereItComesFromAndItsLicence() throws IOException {
        try (InputStream in = BuiltInLists.class.getResourceAsStream("zh-function-words.txt")) {
            String header = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().limit(10).reduce("", String::concat);
            assertTrue(header.contains("Written for the Corpus Workbench project"), header);
            assertTrue(header.contains("licence"), header);
        }
    }
}
