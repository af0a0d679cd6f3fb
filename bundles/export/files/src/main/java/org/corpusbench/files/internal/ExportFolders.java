package org.corpusbench.files.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.corpusbench.api.ExportFiles;
import org.corpusbench.api.FolderRoots;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** The export roots as a service: see {@link FolderRoots#forKaraf}. The first root is created at start. */
@Component(service = ExportFiles.class, configurationPid = "org.corpusbench.export")
@Designate(ocd = ExportFolders.Config.class)
public final class ExportFolders implements ExportFiles {

    @ObjectClassDefinition(name = "Export folders", description = "Where corpus:export and corpus:export-tokens may write.")
    @interface Config {
        @AttributeDefinition(name = "Export roots", description = "Folders exports may be written in (a relative name goes "
                + "into the first); ${karaf.home}, ${karaf.data} and ${user.home} are replaced. Karaf's etc, system, deploy, "
                + "bin and lib folders and the corpus store are never written, even inside a root.")
        String[] export_roots() default {"${karaf.data}/export"};
    }

    private final FolderRoots roots;

    /**
     * @param config the roots
     * @param context Karaf's folders
     * @throws IOException if the first root cannot be created
     */
    @Activate
    public ExportFolders(Config config, BundleContext context) throws IOException {
        this.roots = FolderRoots.forKaraf("export", List.of(config.export_roots()), context::getProperty);
        if (roots.firstRoot().isPresent()) {
            Files.createDirectories(roots.firstRoot().get());
        }
    }

    @Override
    public Path target(String requested) {
        return roots.writable(requested);
    }

    @Override
    public String describe(Path file) {
        return roots.describe(file);
    }
}
