package org.corpusbench.stopwords.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.BundleContext;

class StopwordListsComponentTest {
    @TempDir
    Path etc;

    @Test
    void readsListsFromTheStopwordsFolderUnderKarafsEtc() throws IOException {
        Files.createDirectories(etc.resolve("stopwords"));
        Files.writeString(etc.resolve("stopwords/mine.txt"), "这\n");
        StopwordListsComponent.Config config = mock(StopwordListsComponent.Config.class);
        when(config.folder()).thenReturn("${karaf.etc}/stopwords");
        BundleContext context = mock(BundleContext.class);
        when(context.getProperty("karaf.etc")).thenReturn(etc.toString());

        StopwordListsComponent lists = new StopwordListsComponent(config, context);

        assertEquals(List.of("none", "mine", "zh-function-words"), lists.names());
        assertEquals(Set.of("这"), lists.list("mine").words());
    }
}
