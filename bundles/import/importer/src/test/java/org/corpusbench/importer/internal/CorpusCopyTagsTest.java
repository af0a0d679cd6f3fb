package org.corpusbench.importer.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import org.corpusbench.api.Token;
import org.corpusbench.testing.TestCorpus;
import org.junit.jupiter.api.Test;

/** A corpus copied or segmented again for its pre-segmented documents keeps its tokens' tags. */
class CorpusCopyTagsTest {
    @Test
    void storedTokensComeBackWithTheirTagsOrWithoutWhenTheCorpusHasNone() {
        TestCorpus tagged = TestCorpus.tagged("t", "聊城/ns 发展/v", "经济/n");
        TestCorpus plain = TestCorpus.of("p", "聊城 发展");

        assertEquals(List.of("聊城/ns", "发展/v"), CorpusCopy.tokens(tagged, 0).stream().map(t -> t.text() + "/" + t.tag()).toList());
        assertEquals(List.of("经济/n"), CorpusCopy.tokens(tagged, 1).stream().map(t -> t.text() + "/" + t.tag()).toList());
        assertEquals(Arrays.asList(null, null), CorpusCopy.tokens(plain, 0).stream().map(Token::tag).toList());
    }
}
