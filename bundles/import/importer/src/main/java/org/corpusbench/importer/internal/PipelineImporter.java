package org.corpusbench.importer.internal;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.CancellationException;
import java.util.stream.Collectors;
import org.corpusbench.api.CleaningStep;
import org.corpusbench.api.DocumentSplitter;
import org.corpusbench.api.FolderRoots;
import org.corpusbench.api.CorpusException;
import org.corpusbench.api.CorpusImporter;
import org.corpusbench.api.CorpusInfo;
import org.corpusbench.api.CorpusLoader;
import org.corpusbench.api.CorpusRepository;
import org.corpusbench.api.CorpusView;
import org.corpusbench.api.LoadOptions;
import org.corpusbench.api.Progress;
import org.corpusbench.api.Segmenter;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * The importer service. It is registered once its repository, segmenter and a loader are present
 * and stays registered while cleaning steps, splitters and loaders come and go (a step switched on or
 * off, a hot-deployed plug-in). Each import, extension or re-cleaning first waits, up to
 * {@code pipeline.wait.seconds}, until at least {@code steps.cardinality.minimum} cleaning steps and
 * {@code splitters.cardinality.minimum} splitters are registered, so none runs with half a pipeline
 * (see {@link PipelineReadiness}); then it takes the set present, steps in ascending
 * {@link CleaningStep#ORDER}.
 */
@Component(service = CorpusImporter.class, configurationPid = "org.corpusbench.importer")
@Designate(ocd = PipelineImporter.Config.class)
public final class PipelineImporter implements CorpusImporter {

    @ObjectClassDefinition(name = "Corpus importer", description = "Which segmenter imports use, and when they may start.")
    @interface Config {
        @AttributeDefinition(name = "Segmenter", description = "LDAP filter that chooses the segmenter service.")
        String segmenter_target() default "(" + Segmenter.NAME + "=jieba)";

        // The key keeps its old name so existing configurations still apply. DS would read it as the
        // minimum cardinality of a reference named "steps", which unregistered the importer while a
        // step was switched; the reference is named cleaningSteps, so only this component reads it.
        @AttributeDefinition(name = "Cleaning steps required",
                description = "How many cleaning steps (switched on or off) must be registered for an import to start; "
                        + "an import waits up to pipeline.wait.seconds for them.")
        int steps_cardinality_minimum() default 4;

        @AttributeDefinition(name = "Splitters required",
                description = "How many document splitters must be registered for an import to start (0: none needed); "
                        + "an import waits up to pipeline.wait.seconds for them.")
        int splitters_cardinality_minimum() default 1;

        @AttributeDefinition(name = "Wait for the pipeline", description = "Seconds an import, extension or re-cleaning "
                + "waits for missing cleaning steps and splitters before it fails naming them (0: fail at once).")
        int pipeline_wait_seconds() default 20;

        // Not ${user.home} by default: it would let anyone allowed to import read the service account's
        // files (keys, shell history) into a corpus. An administrator can still add it.
        @AttributeDefinition(name = "Import roots", description = "Folders that console and REST imports may read from; "
                + "a path is judged after following symbolic links. ${karaf.home}, ${karaf.data} and ${user.home} are replaced.")
        String[] import_roots() default {"${karaf.home}/seeds", "${karaf.data}/import"};

        @AttributeDefinition(name = "Largest document", description = "Bytes; a larger file or archive entry is skipped "
                + "with its reason instead of being read.")
        long max_document_bytes() default LoadOptions.DEFAULT_MAX_DOCUMENT_BYTES;
    }

    private final CorpusRepository repository;
    private final Map.Entry<Map<String, Object>, Segmenter> segmenter;
    private final FolderRoots roots;
    private final long maxDocumentBytes;
    private final Duration pipelineWait;
    private final PipelineReadiness readiness = new PipelineReadiness();
    private final PipelineReadiness.Services<CleaningStep> steps;
    private final PipelineReadiness.Services<DocumentSplitter> splitters;

    @Reference(cardinality = ReferenceCardinality.AT_LEAST_ONE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile List<Map.Entry<Map<String, Object>, CorpusLoader>> loaders;

    /**
     * @param config the configuration, whose defaults become the references' filters
     * @param context for Karaf's folders, which the import roots may name
     * @param repository where corpora are stored
     * @param segmenter the segmenter chosen by {@code segmenter.target}, with its properties
     */
    @Activate
    public PipelineImporter(Config config, BundleContext context, @Reference(name = "repository") CorpusRepository repository,
            @Reference(name = "segmenter") Map.Entry<Map<String, Object>, Segmenter> segmenter) {
        this.repository = repository;
        this.segmenter = segmenter;
        this.maxDocumentBytes = config.max_document_bytes();
        this.pipelineWait = Duration.ofSeconds(Math.max(0, config.pipeline_wait_seconds()));
        this.steps = readiness.require("cleaning steps", CleaningStep.NAME, config.steps_cardinality_minimum(),
                "steps.cardinality.minimum");
        this.splitters = readiness.require("document splitters", DocumentSplitter.NAME, config.splitters_cardinality_minimum(),
                "splitters.cardinality.minimum");
        this.roots = FolderRoots.forKaraf("import", List.of(config.import_roots()), context::getProperty);
    }

    // Dynamic and greedy with no minimum: steps and splitters coming or going never unregister the
    // importer; the bind methods only record them (the reference names are explained at Config).

    @Reference(name = "cleaningSteps", service = CleaningStep.class, cardinality = ReferenceCardinality.MULTIPLE,
            policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY, unbind = "unbindStep",
            updated = "updatedStep")
    void bindStep(CleaningStep step, Map<String, Object> properties) {
        steps.bind(step, properties);
    }

    void updatedStep(CleaningStep step, Map<String, Object> properties) {
        steps.bind(step, properties);
    }

    void unbindStep(CleaningStep step, Map<String, Object> properties) {
        steps.unbind(step, properties);
    }

    @Reference(name = "documentSplitters", service = DocumentSplitter.class, cardinality = ReferenceCardinality.MULTIPLE,
            policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY, unbind = "unbindSplitter",
            updated = "updatedSplitter")
    void bindSplitter(DocumentSplitter splitter, Map<String, Object> properties) {
        splitters.bind(splitter, properties);
    }

    void updatedSplitter(DocumentSplitter splitter, Map<String, Object> properties) {
        splitters.bind(splitter, properties);
    }

    void unbindSplitter(DocumentSplitter splitter, Map<String, Object> properties) {
        splitters.unbind(splitter, properties);
    }

    @Override
    public CorpusInfo importPath(String name, Path requested, LoadOptions options, Progress progress) {
        Path path = roots.existing(requested.toString());
        awaitPipeline(progress);
        return pipeline(path, options).run(repository, name, null, path, limited(options), progress);
    }

    @Override
    public CorpusInfo extend(String name, Path requested, LoadOptions options, Progress progress) {
        CorpusView existing = repository.require(name);
        Path path = roots.existing(requested.toString());
        awaitPipeline(progress);
        return pipeline(path, options).run(repository, name, existing, path, limited(options), progress);
    }

    @Override
    public CorpusInfo reclean(String name, Progress progress) {
        CorpusView corpus = repository.require(name);
        awaitPipeline(progress);
        return pipeline(null, null).reclean(repository, corpus, progress);
    }

    /** Waits, holding no lock, until enough steps and splitters are registered; an interrupt cancels. */
    private void awaitPipeline(Progress progress) {
        try {
            readiness.await(pipelineWait, progress);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("Cancelled while waiting for the cleaning pipeline");
        }
    }

    private LoadOptions limited(LoadOptions options) {
        return new LoadOptions(options.encoding(), maxDocumentBytes, options.include(), options.exclude(), options.textColumn(),
                options.loader());
    }

    /**
     * The pipeline of the cleaning steps and splitter switched on now, with the loader the user named,
     * else the first that accepts the path; no loader when {@code path} is null (cleaning again).
     */
    private ImportPipeline pipeline(Path path, LoadOptions options) {
        Map<String, CleaningStep> steps = new LinkedHashMap<>();
        List<String> settings = new ArrayList<>();
        for (Map.Entry<Map<String, Object>, CleaningStep> step : orderedSteps(this.steps.current())) {
            steps.put(name(step.getKey(), CleaningStep.NAME), step.getValue());
            settings.add(name(step.getKey(), CleaningStep.NAME) + "(" + settings(step.getKey()) + ")");
        }
        Optional<Map.Entry<Map<String, Object>, DocumentSplitter>> splitter = splitters.current().stream().filter(e -> enabled(e.getKey()))
                .max(Comparator.comparingInt(e -> order(e.getKey())));
        Map<String, String> provenance = new LinkedHashMap<>();
        provenance.put(CorpusInfo.CLEANING, String.join(",", steps.keySet()));
        provenance.put(CorpusInfo.CLEANING_SETTINGS, String.join(",", settings));
        provenance.put(CorpusInfo.SPLITTER, splitter.map(e -> name(e.getKey(), DocumentSplitter.NAME)
                + "(" + settings(e.getKey()) + ")").orElse(""));
        SourceCleaner cleaner = new SourceCleaner(steps, splitter.map(Map.Entry::getValue).orElse(null));
        String segmenterName = name(segmenter.getKey(), Segmenter.NAME);
        if (path == null) {
            return new ImportPipeline(null, null, cleaner, provenance, segmenter.getValue(), segmenterName);
        }
        String installed = loaders.stream().map(e -> name(e.getKey(), CorpusLoader.NAME)).sorted().collect(Collectors.joining(", "));
        Map.Entry<Map<String, Object>, CorpusLoader> loader = loaders.stream()
                .filter(entry -> options.loader() == null ? entry.getValue().accepts(path)
                        : name(entry.getKey(), CorpusLoader.NAME).equals(options.loader()))
                .findFirst()
                .orElseThrow(() -> new CorpusException(options.loader() == null
                        ? "Cannot load '" + path + "': no loader reads it (installed: " + installed + ")"
                        : "Unknown loader '" + options.loader() + "'; installed: " + installed));
        return new ImportPipeline(loader.getValue(), name(loader.getKey(), CorpusLoader.NAME), cleaner, provenance,
                segmenter.getValue(), segmenterName);
    }

    /** The steps switched on, in the order they run. */
    private static List<Map.Entry<Map<String, Object>, CleaningStep>> orderedSteps(
            List<Map.Entry<Map<String, Object>, CleaningStep>> steps) {
        return steps.stream().filter(e -> enabled(e.getKey()))
                .sorted(Comparator.comparingInt((Map.Entry<Map<String, Object>, CleaningStep> e) -> order(e.getKey()))
                        .thenComparing(e -> name(e.getKey(), CleaningStep.NAME)))
                .toList();
    }

    /** The step's own configuration: its service properties other than the framework's. */
    private static String settings(Map<String, Object> properties) {
        return new TreeMap<>(properties).entrySet().stream()
                .filter(e -> !e.getKey().startsWith("service.") && !e.getKey().startsWith("component.")
                        && !e.getKey().startsWith("osgi.") && !e.getKey().startsWith("felix.")
                        && !e.getKey().equals("objectClass") && !e.getKey().equals(CleaningStep.NAME)
                        && !e.getKey().equals(DocumentSplitter.NAME) && !e.getKey().equals(CleaningStep.ENABLED))
                .map(e -> e.getKey() + "=" + (e.getValue() instanceof Object[] array ? Arrays.toString(array) : e.getValue()))
                .collect(Collectors.joining(" "));
    }

    /** A step or splitter runs unless its {@link CleaningStep#ENABLED} property says false. */
    private static boolean enabled(Map<String, Object> properties) {
        return !"false".equalsIgnoreCase(String.valueOf(properties.get(CleaningStep.ENABLED)));
    }

    private static int order(Map<String, Object> properties) {
        return properties.get(CleaningStep.ORDER) instanceof Number number ? number.intValue() : 0;
    }

    private static String name(Map<String, Object> properties, String key) {
        return String.valueOf(properties.getOrDefault(key, "unnamed"));
    }
}
