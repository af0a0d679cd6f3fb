package org.corpusbench.references.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.corpusbench.references.ReferenceFolderTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.BundleContext;

class ReferenceListsComponentTest {
    @TempDir
    Path etc;

    @Test
    void readsFilesUnderKarafsEtcAndFollowsRegisteredLists() throws IOException {
        Files.createDirectories(etc.resolve("references"));
        Files.writeString(etc.resolve("references/news.txt"), "经济\t3\n");
        ReferenceListsComponent.Config config = mock(ReferenceListsComponent.Config.class);
        when(config.folder()).thenReturn("${karaf.etc}/references");
        BundleContext context = mock(BundleContext.class);
        when(context.getProperty("karaf.etc")).thenReturn(etc.toString());
        ReferenceListsComponent lists = new ReferenceListsComponent(config, context);
        ReferenceFolderTest.Fixed jieba = new ReferenceFolderTest.Fixed("jieba", Map.of("的", 10L));

        assertEquals(List.of("news"), lists.names());
        lists.addList(jieba);
        assertEquals(List.of("jieba", "news"), lists.names());
        assertEquals(10, lists.list("jieba").count("的"));
        lists.removeList(jieba);
        assertEquals(List.of("news"), lists.names());
        assertEquals(3, lists.list("news").count("经济"));
    }
}
