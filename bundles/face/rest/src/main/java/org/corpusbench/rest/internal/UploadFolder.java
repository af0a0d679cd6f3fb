package org.corpusbench.rest.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;

/**
 * Where v1 uploads are written while they are loaded: {@code ${karaf.data}/import/uploads-v1}, inside
 * the default import roots so the importer may read them, and apart from the servlet API's folder,
 * which that API empties when it starts. What an earlier run left there (a process stopped mid-upload,
 * a job cancelled before it ran) is removed when this bundle starts. Immediate and without
 * references or configuration, so it is not started again, and the folder not emptied, while jobs
 * read from it.
 */
@Component(service = UploadFolder.class, immediate = true)
public final class UploadFolder {
    private final Path folder;

    @Activate
    public UploadFolder(BundleContext context) throws IOException {
        this(Path.of(context.getProperty("karaf.data"), "import", "uploads-v1"));
    }

    UploadFolder(Path folder) throws IOException {
        this.folder = folder;
        Upload.removeLeftovers(folder);
        Files.createDirectories(folder);
    }

    Path path() {
        return folder;
    }
}
