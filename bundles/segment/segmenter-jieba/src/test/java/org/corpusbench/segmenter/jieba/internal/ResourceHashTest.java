package org.corpusbench.segmenter.jieba.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class ResourceHashTest {

    @Test
    void hashesTheEmbeddedDictionaryAndRefusesAMissingOne() {
        String hash = ResourceHash.sha256("/dict.txt");

        assertEquals(64, hash.length());
        assertEquals(hash, ResourceHash.sha256("/dict.txt"));
        assertThrows(IllegalStateException.class, () -> ResourceHash.sha256("/no-such-dictionary.txt"));
    }
}
