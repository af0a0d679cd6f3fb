package org.corpusbench.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LoadOptionsTest {
    @Test
    void readsCleaningSettingsAsKeyValuePairsInTheOrderGiven() {
        Map<String, String> settings = LoadOptions.cleaningSettings(List.of("fold.traditional=true", " rejoin-lines.enabled = false",
                "furniture.patterns=a=b"));
        assertEquals(List.of("fold.traditional", "rejoin-lines.enabled", "furniture.patterns"), List.copyOf(settings.keySet()));
        assertEquals(List.of("true", "false", "a=b"), List.copyOf(settings.values()));
        assertEquals(Map.of(), LoadOptions.cleaningSettings(null));
    }

    @Test
    void refusesASettingWithoutAKeyOrAKeyGivenTwice() {
        assertEquals("Expected a cleaning setting as key=value (fold.traditional=true), not 'fold.traditional'",
                assertThrows(CorpusException.class, () -> LoadOptions.cleaningSettings(List.of("fold.traditional"))).getMessage());
        assertEquals("Expected a cleaning setting as key=value (fold.traditional=true), not '=true'",
                assertThrows(CorpusException.class, () -> LoadOptions.cleaningSettings(List.of("=true"))).getMessage());
        assertEquals("Cleaning setting 'a' is given twice",
                assertThrows(CorpusException.class, () -> LoadOptions.cleaningSettings(List.of("a=1", "a =2"))).getMessage());
    }
}
