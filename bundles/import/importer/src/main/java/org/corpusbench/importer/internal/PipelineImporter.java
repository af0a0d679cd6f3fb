package org.corpusbench.importer.internal;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.corpusbench.api.CleaningPipeline;
import org.corpusbench.api.CorpusException;
import org.corpusbench.api.CorpusImporter;
import org.corpusbench.api.CorpusInfo;
import org.corpusbench.api.CorpusLoader;
import org.corpusbench.api.CorpusRepository;
import org.corpusbench.api.CorpusView;
import org.corpusbench.api.FolderRoots;
import org.corpusbench.api.LoadOptions;
import org.corpusbench.api.PreparedCleaning;
import org.corpusbench.api.Progress;
import org.corpusbench.api.Segmenter;
import org.corpusbench.api.Segmenters;
import org.corpusbench.api.UserDictionaries;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
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
 * The importer service. It is registered once its repository, segmenter, cleaning pipeline and a
 * loader are present. Each import, extension or re-cleaning asks the {@link CleaningPipeline} for the
 * pipeline of that load ({@link CleaningPipeline#prepare}), which waits for missing stages and applies
 * the load's cleaning settings; the importer keeps no knowledge of the stages itself.
 */
@Component(service = CorpusImporter.class, configurationPid = "org.corpusbench.importer")
@Designate(ocd = PipelineImporter.Config.class)
public final class PipelineImporter implements CorpusImporter {

    // steps.cardinality.minimum, splitters.cardinality.minimum and pipeline.wait.seconds, once read
    // here, are read by the cleaning pipeline now, from this PID as well as its own.
    @ObjectClassDefinition(name = "Corpus importer", description = "Which segmenter imports use and what they may read. "
            + "How long a load waits for the cleaning pipeline is set in org.corpusbench.cleaning.pipeline.")
    @interface Config {
        @AttributeDefinition(name = "Segmenter", description = "LDAP filter that chooses the segmenter service.")
        String segmenter_target() default "(" + Segmenter.NAME + "=jieba)";

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
    private final Segmenters segmenters;
    private final CleaningPipeline cleaning;
    private final FolderRoots roots;
    private final long maxDocumentBytes;

    @Reference(cardinality = ReferenceCardinality.AT_LEAST_ONE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile List<Map.Entry<Map<String, Object>, CorpusLoader>> loaders;

    /** Optional: without the dictionaries bundle, loads that name no dictionary still work. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    private volatile UserDictionaries dictionaries;

    /**
     * @param config the configuration, whose defaults become the references' filters
     * @param context for Karaf's folders, which the import roots may name
     * @param repository where corpora are stored
     * @param segmenter the segmenter chosen by {@code segmenter.target}, with its properties
     * @param segmenters the installed segmenters, for loads that name one
     * @param cleaning the cleaning steps and splitter
     */
    @Activate
    public PipelineImporter(Config config, BundleContext context, @Reference(name = "repository") CorpusRepository repository,
            @Reference(name = "segmenter") Map.Entry<Map<String, Object>, Segmenter> segmenter,
            @Reference(name = "segmenters") Segmenters segmenters, @Reference(name = "cleaning") CleaningPipeline cleaning) {
        this.repository = repository;
        this.segmenter = segmenter;
        this.segmenters = segmenters;
        this.cleaning = cleaning;
        this.maxDocumentBytes = config.max_document_bytes();
        this.roots = FolderRoots.forKaraf("import", List.of(config.import_roots()), context::getProperty);
    }

    @Override
    public CorpusInfo importPath(String name, Path requested, LoadOptions options, Progress progress) {
        Path path = roots.existing(requested.toString());
        PreparedCleaning prepared = cleaning.prepare(options.cleaning(), progress);
        ChosenSegmenter chosen = chosen(options.segmenter(), options.dictionaries());
        return pipeline(path, options, prepared, chosen).run(repository, name, null, path, limited(options), progress);
    }

    @Override
    public CorpusInfo extend(String name, Path requested, LoadOptions options, Progress progress) {
        CorpusView existing = repository.require(name);
        Path path = roots.existing(requested.toString());
        PreparedCleaning prepared = cleaning.prepare(extending(existing.info(), options.cleaning(), progress), progress);
        ChosenSegmenter chosen = extending(existing.info(), options);
        return pipeline(path, options, prepared, chosen).run(repository, name, existing, path, limited(options), progress);
    }

    @Override
    public CorpusInfo reclean(String name, Progress progress) {
        return reclean(name, null, progress);
    }

    @Override
    public CorpusInfo reclean(String name, Map<String, String> settings, Progress progress) {
        CorpusView corpus = repository.require(name);
        PreparedCleaning prepared = cleaning.prepare(settings != null ? settings : recorded(corpus.info()), progress);
        Map<String, String> provenance = corpus.info().provenance();
        ChosenSegmenter chosen = chosen(givenBySource(provenance) ? null : provenance.get(CorpusInfo.SEGMENTER),
                ChosenSegmenter.dictionaryNames(provenance));
        return pipeline(null, null, prepared, chosen).reclean(repository, corpus, progress);
    }

    /**
     * The segmenter with the corpus's dictionaries as they are now; what it cannot prove to cut as the
     * recorded versions did is cut again. Without a kept version of each, every document is cut again.
     */
    @Override
    public CorpusInfo resegment(String name, Progress progress) {
        CorpusView corpus = repository.require(name);
        Map<String, String> provenance = new TreeMap<>(corpus.info().provenance());
        if (givenBySource(provenance)) {
            throw new CorpusException("Corpus '" + name + "' came with its own tokens: there is nothing to segment again");
        }
        ChosenSegmenter now = ChosenSegmenter.choose(segmenters, dictionaries, provenance.get(CorpusInfo.SEGMENTER),
                ChosenSegmenter.dictionaryNames(provenance));
        Predicate<String> sameCuts = ChosenSegmenter.recorded(segmenters, dictionaries, provenance)
                .map(then -> now.segmenter().cutsAlike(then.segmenter())).orElse(text -> false);
        now.putProvenance(provenance);
        return new Resegmentation(now.segmenter(), sameCuts, Runtime.getRuntime().availableProcessors())
                .run(repository, corpus, provenance, progress);
    }

    /**
     * The segmenter of a load: the configured one (which the importer waited for) unless a segmenter
     * or a dictionary is named, with the dictionaries' current versions.
     */
    private ChosenSegmenter chosen(String name, List<String> dictionaryNames) {
        String configured = name(segmenter.getKey(), Segmenter.NAME);
        if ((name == null || name.equals(configured)) && dictionaryNames.isEmpty()) {
            return new ChosenSegmenter(configured, segmenter.getValue(), List.of());
        }
        return ChosenSegmenter.choose(segmenters, dictionaries, name != null ? name : configured, dictionaryNames);
    }

    /**
     * The segmenter an extension cuts its new documents with: the corpus's, with the dictionary versions
     * it recorded, so that its documents stay alike; naming another is refused, as for cleaning settings.
     */
    private ChosenSegmenter extending(CorpusInfo corpus, LoadOptions options) {
        Map<String, String> provenance = corpus.provenance();
        if (givenBySource(provenance)) {
            return chosen(options.segmenter(), options.dictionaries());
        }
        String recorded = provenance.get(CorpusInfo.SEGMENTER);
        List<String> recordedDictionaries = ChosenSegmenter.dictionaryNames(provenance);
        if (options.segmenter() != null && !options.segmenter().equals(recorded)
                || !options.dictionaries().isEmpty() && !options.dictionaries().equals(recordedDictionaries)) {
            throw new CorpusException("Corpus '" + corpus.name() + "' was segmented with " + recorded
                    + (recordedDictionaries.isEmpty() ? "" : " and dictionaries " + String.join(",", recordedDictionaries))
                    + "; adding to it with another segmenter or other dictionaries would cut its documents unalike");
        }
        return ChosenSegmenter.recorded(segmenters, dictionaries, provenance).orElseThrow(() -> new CorpusException(
                "Corpus '" + corpus.name() + "' was segmented with a version of its dictionaries that is no longer kept; "
                        + "segment it again first: corpus:resegment " + corpus.name()));
    }

    private static boolean givenBySource(Map<String, String> provenance) {
        return ImportPipeline.AS_GIVEN_BY_THE_SOURCE.equals(provenance.get(CorpusInfo.SEGMENTER));
    }

    /**
     * The settings an extension cleans its new sources with: those the corpus recorded, so its
     * documents stay alike and cleaning it again keeps them so, with the ones given for this load over
     * them (matched to their full keys first, so a bare key replaces the recorded full one).
     */
    private Map<String, String> extending(CorpusInfo corpus, Map<String, String> given, Progress progress) {
        Map<String, String> settings = recorded(corpus);
        if (!given.isEmpty()) {
            for (Map.Entry<String, String> setting : cleaning.prepare(given, progress).settings().entrySet()) {
                String before = settings.putIfAbsent(setting.getKey(), setting.getValue());
                if (before != null && !before.equals(setting.getValue())) {
                    // the copied documents were cleaned with the recorded value; the provenance must stay true of them
                    throw new CorpusException("Corpus '" + corpus.name() + "' was cleaned with " + setting.getKey() + "="
                            + before + "; adding to it with " + setting.getValue() + " would clean its documents unalike."
                            + " Clean it again first: corpus:reclean --clean " + setting.getKey() + "=" + setting.getValue());
                }
            }
        }
        return settings;
    }

    /** @return the per-load cleaning settings a corpus's provenance records, under their full keys */
    static Map<String, String> recorded(CorpusInfo info) {
        Map<String, String> settings = new TreeMap<>();
        info.provenance().forEach((key, value) -> {
            if (key.startsWith(CorpusInfo.CLEANING_OPTION_PREFIX)) {
                settings.put(key.substring(CorpusInfo.CLEANING_OPTION_PREFIX.length()), value);
            }
        });
        return settings;
    }

    private LoadOptions limited(LoadOptions options) {
        return new LoadOptions(options.encoding(), maxDocumentBytes, options.include(), options.exclude(), options.textColumn(),
                options.loader(), options.cleaning(), options.segmenter(), options.dictionaries());
    }

    /**
     * The pipeline of one load with the loader the user named, else the first that accepts the path;
     * no loader when {@code path} is null (cleaning again).
     */
    private ImportPipeline pipeline(Path path, LoadOptions options, PreparedCleaning prepared, ChosenSegmenter chosen) {
        if (path == null) {
            return new ImportPipeline(null, null, prepared, chosen);
        }
        String installed = loaders.stream().map(e -> name(e.getKey(), CorpusLoader.NAME)).sorted().collect(Collectors.joining(", "));
        // Highest service.ranking first, so a loader of a narrow kind of folder (a Spark job's Parquet
        // output) is asked before the text loader, which takes any folder; the order is otherwise kept.
        Map.Entry<Map<String, Object>, CorpusLoader> loader = loaders.stream()
                .sorted(Comparator.comparingInt((Map.Entry<Map<String, Object>, CorpusLoader> e) -> ranking(e.getKey())).reversed())
                .filter(entry -> options.loader() == null ? entry.getValue().accepts(path)
                        : name(entry.getKey(), CorpusLoader.NAME).equals(options.loader()))
                .findFirst()
                .orElseThrow(() -> new CorpusException(options.loader() == null
                        ? "Cannot load '" + path + "': no loader reads it (installed: " + installed + ")"
                        : "Unknown loader '" + options.loader() + "'; installed: " + installed));
        return new ImportPipeline(loader.getValue(), name(loader.getKey(), CorpusLoader.NAME), prepared, chosen);
    }

    private static int ranking(Map<String, Object> properties) {
        return properties.get(Constants.SERVICE_RANKING) instanceof Integer ranking ? ranking : 0;
    }

    private static String name(Map<String, Object> properties, String key) {
        return String.valueOf(properties.getOrDefault(key, "unnamed"));
    }
}
