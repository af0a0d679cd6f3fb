package org.corpusbench.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FolderSettingTest {
    @Test
    void replacesPropertiesAndRefusesUnsetOnes() {
        Map<String, String> properties = Map.of("karaf.etc", "/opt/karaf/etc", "odd", "a$1\\b");

        assertEquals(Path.of("/opt/karaf/etc/stopwords"), FolderSetting.resolve("stopword", "${karaf.etc}/stopwords", properties::get));
        assertEquals(Path.of("/srv/lists"), FolderSetting.resolve("stopword", "/srv/lists", properties::get));
        assertEquals(Path.of("/x/a$1\\b"), FolderSetting.resolve("stopword", "/x/${odd}", properties::get));
        assertEquals("The stopword folder '${karaf.home}/sw' uses ${karaf.home}, which is not set",
                assertThrows(CorpusException.class, () -> FolderSetting.resolve("stopword", "${karaf.home}/sw", properties::get))
                        .getMessage());
    }
}
