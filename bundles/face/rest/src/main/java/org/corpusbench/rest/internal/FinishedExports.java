package org.corpusbench.rest.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;

/**
 * The files that export jobs write, in {@code ${karaf.data}/rest/exports} (outside every import and
 * export root: only their owners reach them, through {@code GET exports/{id}}), each kept for
 * {@link #KEPT} after it was asked for, as long as a finished job is. What an earlier run left is
 * removed when this bundle starts and what this one made when it stops. Thread-safe.
 */
@Component(service = FinishedExports.class, immediate = true)
public final class FinishedExports {
    /** How long an export is kept: as long as the job board keeps a finished job by default. */
    static final Duration KEPT = Duration.ofHours(1);

    /** One export: who asked for it, where it is written, and how it is downloaded. */
    record Export(String id, String owner, Path file, String downloadName, String mediaType, Instant created) {
    }

    private final Path folder;
    private final Clock clock;
    private final Map<String, Export> exports = new ConcurrentHashMap<>();

    @Activate
    public FinishedExports(BundleContext context) throws IOException {
        this(Path.of(context.getProperty("karaf.data"), "rest", "exports"), Clock.systemUTC());
    }

    FinishedExports(Path folder, Clock clock) throws IOException {
        this.folder = folder;
        this.clock = clock;
        Upload.removeLeftovers(folder);
        Files.createDirectories(folder);
    }

    /**
     * Makes room for a new export, removing those past {@link #KEPT}.
     *
     * @return the export, whose file the job writes
     */
    Export reserve(String owner, String downloadName, String mediaType) {
        Instant now = clock.instant();
        exports.values().stream().filter(export -> export.created().plus(KEPT).isBefore(now)).map(Export::id).toList()
                .forEach(this::remove);
        String id = UUID.randomUUID().toString();
        Export export = new Export(id, owner, folder.resolve(id), downloadName, mediaType, now);
        exports.put(id, export);
        return export;
    }

    /** @return the export with this id, if it is kept */
    Optional<Export> find(String id) {
        return Optional.ofNullable(exports.get(id));
    }

    /** Forgets an export and deletes its file. */
    void remove(String id) {
        Export export = exports.remove(id);
        if (export != null) {
            try {
                Files.deleteIfExists(export.file());
            } catch (IOException e) {
                // removed again when the bundle starts
            }
        }
    }

    @Deactivate
    void removeAll() {
        exports.keySet().forEach(this::remove);
    }
}
