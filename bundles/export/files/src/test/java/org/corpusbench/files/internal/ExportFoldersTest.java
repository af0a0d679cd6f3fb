package org.corpusbench.files.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.corpusbench.api.CorpusException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.BundleContext;

class ExportFoldersTest {
    @TempDir
    Path home;

    @Test
    void createsTheExportRootAndWritesOnlyInsideItNeverInEtc() throws IOException {
        Files.createDirectories(home.resolve("etc"));
        BundleContext context = mock(BundleContext.class);
        when(context.getProperty("karaf.home")).thenReturn(home.toString());
        when(context.getProperty("karaf.data")).thenReturn(home.resolve("data").toString());
        ExportFolders.Config config = mock(ExportFolders.Config.class);
        when(config.export_roots()).thenReturn(new String[] {"${karaf.data}/export"});

        ExportFolders folders = new ExportFolders(config, context);

        Path target = folders.target("seeds.csv");
        assertEquals(home.resolve("data/export").toRealPath().resolve("seeds.csv"), target);
        assertEquals("export/seeds.csv", folders.describe(target));
        for (String outside : new String[] {home.resolve("etc/org.apache.karaf.command.acl.shell.cfg").toString(),
                "../../etc/users.properties", "/tmp/x.csv"}) {
            assertThrows(CorpusException.class, () -> folders.target(outside), outside);
        }
    }
}
