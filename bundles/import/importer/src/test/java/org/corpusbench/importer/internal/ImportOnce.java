package org.corpusbench.importer.internal;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.corpusbench.api.CleaningStep;
import org.corpusbench.api.CorpusInfo;
import org.corpusbench.api.CorpusRepository;
import org.corpusbench.api.LoadOptions;
import org.corpusbench.api.PreparedCleaning;
import org.corpusbench.api.Progress;
import org.corpusbench.api.Segmenter;
import org.corpusbench.api.UserDictionary;
import org.corpusbench.jieba.engine.internal.JiebaSegmenter;
import org.corpusbench.loader.text.internal.TextLoader;
import org.corpusbench.repository.internal.StoreFolder;

/**
 * What one JVM of the import benchmark ({@link ImportRounds}) does: imports a folder, cleans the stored
 * corpus again ({@code corpus:reclean}) and segments it again after a user dictionary was added
 * ({@code corpus:resegment}), each timed, after doing the same untimed on a small warm-up folder so
 * the three paths are compiled alike. The pool has as many threads as the JVM sees cores, as in the
 * workbench. Prints one line per operation: {@code RESULT name seconds cpu-seconds documents tokens types
 * documents-cut-again}.
 */
final class ImportOnce {
    static final String RESULT = "RESULT ";
    /**
     * The dictionary that the re-segmentation adds: a few words that occur in the text, so that some
     * documents must be cut again and the others are proven to cut as before, as after a user's change.
     */
    private static final String DICTIONARY = "聊城市委 10 nt\n招商引资 10 n\n新发展格局 10 n\n";

    private final PreparedCleaning cleaning;
    private final JiebaSegmenter segmenter = new JiebaSegmenter();
    private final Segmenter withDictionary;

    private ImportOnce() {
        Map<String, CleaningStep> steps = new LinkedHashMap<>(NewsSteps.defaults());
        cleaning = Prepared.of(steps, NewsSteps.splitter(), Map.of());
        withDictionary = segmenter.withDictionaries(List.of(new UserDictionary("bench",
                UserDictionary.read(DICTIONARY.getBytes(StandardCharsets.UTF_8), "bench"))));
    }

    /** In the child JVM: the warm-up folder untimed, then the text, timed; prints the result lines. */
    static void run(Path warmup, Path text) throws IOException {
        ImportOnce once = new ImportOnce();
        Path stores = Files.createTempDirectory("import-rounds");
        try {
            once.all(StoreFolder.repository(stores.resolve("warmup"), System.err::println), warmup, false);
            once.all(StoreFolder.repository(stores.resolve("text"), System.err::println), text, true);
        } finally {
            deleteTree(stores);
        }
    }

    private void all(CorpusRepository repository, Path text, boolean print) {
        timed("import", print, () -> new ImportPipeline(new TextLoader(), "text", cleaning, segmenter, "jieba")
                .run(repository, "bench", text, LoadOptions.DEFAULTS, Progress.NONE));
        timed("reclean", print, () -> new ImportPipeline(null, "text", cleaning, segmenter, "jieba")
                .reclean(repository, repository.require("bench"), Progress.NONE));
        timed("resegment", print, () -> {
            // as PipelineImporter.resegment: the segmenter as it is now proves what it cuts as the recorded one did
            var corpus = repository.require("bench");
            return new Resegmentation(withDictionary, withDictionary.cutsAlike(segmenter), Runtime.getRuntime().availableProcessors())
                    .run(repository, corpus, new TreeMap<>(corpus.info().provenance()), Progress.NONE);
        });
    }

    private static void timed(String name, boolean print, Supplier<CorpusInfo> operation) {
        long cpu = processCpuNanos();
        long started = System.nanoTime();
        CorpusInfo info = operation.get();
        double seconds = (System.nanoTime() - started) / 1e9;
        double cpuSeconds = (processCpuNanos() - cpu) / 1e9;
        String cut = info.provenance().getOrDefault(Resegmentation.RESEGMENTATION, "-").split(" ")[0];
        if (print) {
            System.out.printf(Locale.ROOT, "%s%s %.3f %.1f %d %d %d %s%n", RESULT, name, seconds, cpuSeconds, info.documents(),
                    info.tokens(), info.types(), cut);
        }
    }

    /** @return the CPU time of every thread of this JVM so far, garbage collection and compilation included */
    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
