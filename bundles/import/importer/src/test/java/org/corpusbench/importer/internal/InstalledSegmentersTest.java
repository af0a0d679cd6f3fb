package org.corpusbench.importer.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.mockito.Mockito.mock;

import java.util.List;
import java.util.Map;
import org.corpusbench.api.NotFoundException;
import org.corpusbench.api.Segmenter;
import org.junit.jupiter.api.Test;

class InstalledSegmentersTest {
    @Test
    void findsTheSegmentersInstalledNowByName() throws Exception {
        Segmenter jieba = mock(Segmenter.class);
        Segmenter thulac = mock(Segmenter.class);
        InstalledSegmenters installed = new InstalledSegmenters(Map.of());
        assertEquals(List.of(), installed.names());
        installed.segmenters = List.of(Map.entry(Map.of(Segmenter.NAME, "thulac"), thulac),
                Map.entry(Map.of(Segmenter.NAME, "jieba"), jieba));

        assertEquals(List.of("jieba", "thulac"), installed.names());
        assertSame(jieba, installed.find("jieba"));
        assertEquals("Unknown segmenter 'hanlp'", assertThrows(NotFoundException.class, () -> installed.find("hanlp")).getMessage());
        installed.segmenters = List.of(Map.entry(Map.of(Segmenter.NAME, "jieba"), jieba));
        assertThrows(NotFoundException.class, () -> installed.find("thulac"), "a removed bundle's segmenter is gone");
    }

    @Test
    void theDefaultIsTheInstalledSegmenterTheImportersFilterChooses() throws Exception {
        InstalledSegmenters configured = new InstalledSegmenters(Map.of("segmenter.target", "(corpus.segmenter.name=thulac)"));
        configured.segmenters = List.of(Map.entry(Map.of(Segmenter.NAME, "jieba"), mock(Segmenter.class)));
        assertThrows(NotFoundException.class, configured::defaultName, "thulac is not installed");
        configured.segmenters = List.of(Map.entry(Map.of(Segmenter.NAME, "jieba"), mock(Segmenter.class)),
                Map.entry(Map.of(Segmenter.NAME, "thulac"), mock(Segmenter.class)));
        assertEquals("thulac", configured.defaultName());

        InstalledSegmenters unconfigured = new InstalledSegmenters(Map.of());
        unconfigured.segmenters = configured.segmenters;
        assertEquals("jieba", unconfigured.defaultName());
    }
}
