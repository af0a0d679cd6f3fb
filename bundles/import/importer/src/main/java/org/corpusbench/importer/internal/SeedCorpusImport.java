package org.corpusbench.importer.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.corpusbench.api.CorpusException;
import org.corpusbench.api.CorpusImporter;
import org.corpusbench.api.CorpusInfo;
import org.corpusbench.api.CorpusRepository;
import org.corpusbench.api.LoadOptions;
import org.corpusbench.api.Progress;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Imports the embedded default corpus once, on the first start, in the background so the boot
 * does not wait for the dictionary to load. A marker in the bundle's data area records that it
 * ran, so a corpus the user deleted is not imported again.
 *
 * <p>The importer is offered before the cleaning plug-ins have started and makes each import wait a
 * little for missing ones; the seeds, imported while the system boots, keep waiting for the full
 * pipeline for up to ten minutes, so they are never cleaned by half a pipeline.
 */
@Component(immediate = true, configurationPid = "org.corpusbench.seeds")
@Designate(ocd = SeedCorpusImport.Config.class)
public final class SeedCorpusImport {
    private static final Logger LOG = LoggerFactory.getLogger(SeedCorpusImport.class);
    private static final String MARKER = "seeds-imported";
    /** How the cleaning pipeline's message begins when stages are missing (PipelineReadiness.INCOMPLETE). */
    static final String PIPELINE_INCOMPLETE = "Cleaning pipeline incomplete";
    /**
     * How long the seeds keep waiting for the importer's full pipeline: far longer than a boot takes,
     * even under load, and short enough that a pipeline that cannot complete is reported in the log.
     */
    private static final long PIPELINE_WAIT_NANOS = TimeUnit.MINUTES.toNanos(10);
    /** Between two attempts, in case the importer is configured not to wait at all. */
    private static final long RETRY_MILLIS = 1000;

    @ObjectClassDefinition(name = "Corpus seeds import", description = "The corpus imported on first start.")
    @interface Config {
        @AttributeDefinition(name = "Corpus name")
        String name() default "seeds";

        @AttributeDefinition(name = "Path", description = "Folder to import; empty means ${karaf.home}/seeds.")
        String path() default "";
    }

    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> new Thread(r, "corpus-seeds-import"));
    private final AtomicBoolean cancelled = new AtomicBoolean();

    /**
     * @param context for Karaf's home folder and the bundle's data area
     * @param config the corpus name and path
     * @param importer builds the corpus
     * @param repository to see whether the corpus exists
     */
    @Activate
    public SeedCorpusImport(BundleContext context, Config config, @Reference(name = "importer") CorpusImporter importer,
            @Reference(name = "repository") CorpusRepository repository) {
        Path marker = context.getDataFile(MARKER).toPath();
        if (Files.exists(marker) || repository.list().stream().anyMatch(info -> info.name().equals(config.name()))) {
            return;
        }
        Path path = config.path().isBlank() ? Path.of(context.getProperty("karaf.home"), "seeds") : Path.of(config.path());
        executor.execute(() -> importSeeds(importer, config.name(), path, marker));
    }

    private void importSeeds(CorpusImporter importer, String name, Path path, Path marker) {
        Progress progress = new Progress() {
            @Override
            public void report(String stage, long done, long total) {
                LOG.debug("Seeds import: {} {}/{}", stage, done, total);
            }

            @Override
            public boolean isCancelled() {
                return cancelled.get();
            }
        };
        try {
            LOG.info("Importing the seeds corpus '{}' from {}", name, path);
            CorpusInfo info = importWithFullPipeline(importer, name, path, progress, System.nanoTime() + PIPELINE_WAIT_NANOS);
            Files.writeString(marker, info.created().toString());
            LOG.info("Imported corpus '{}': {} sources, {} tokens", name, info.sources(), info.tokens());
        } catch (CancellationException | InterruptedException e) {
            LOG.info("Seeds import cancelled; it runs again at the next start");
        } catch (CorpusException e) {
            if (incomplete(e)) {
                LOG.error("Cannot import the seeds corpus '{}' yet; it runs again at the next start: {}", name, e.getMessage());
            } else {
                LOG.error("Cannot import the seeds corpus '{}' from {}: {}", name, path, e.getMessage(), e);
            }
        } catch (IOException e) {
            LOG.error("Cannot import the seeds corpus '{}' from {}: {}", name, path, e.getMessage(), e);
        }
    }

    /** Imports, trying again while the importer reports its pipeline incomplete, until the deadline. */
    private static CorpusInfo importWithFullPipeline(CorpusImporter importer, String name, Path path, Progress progress,
            long deadline) throws InterruptedException {
        while (true) {
            try {
                return importer.importPath(name, path, LoadOptions.DEFAULTS, progress);
            } catch (CorpusException e) {
                if (!incomplete(e) || System.nanoTime() - deadline >= 0 || progress.isCancelled()) {
                    throw e;
                }
                LOG.info("Seeds import waits for the cleaning pipeline: {}", e.getMessage());
                Thread.sleep(RETRY_MILLIS); // shutdownNow at deactivation interrupts it
            }
        }
    }

    /**
     * Whether the cleaning pipeline failed the import because stages are still missing. Its exception
     * type lives in the pipeline bundle, which exports nothing, so its message's fixed beginning tells it.
     */
    static boolean incomplete(CorpusException e) {
        return e.getMessage() != null && e.getMessage().startsWith(PIPELINE_INCOMPLETE);
    }

    @Deactivate
    void deactivate() {
        cancelled.set(true);
        executor.shutdownNow();
    }
}
