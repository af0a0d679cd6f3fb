package org.corpusbench.importer.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import org.corpusbench.api.CleanedText;
import org.corpusbench.api.CleaningPipeline;
import org.corpusbench.api.CleaningStep;
import org.corpusbench.api.CorpusException;
import org.corpusbench.api.CorpusInfo;
import org.corpusbench.api.CorpusView;
import org.corpusbench.api.DocumentSplitter;
import org.corpusbench.api.LoadOptions;
import org.corpusbench.api.OffsetMap;
import org.corpusbench.api.Progress;
import org.corpusbench.api.Segmenter;
import org.corpusbench.api.Token;
import org.corpusbench.api.TokenType;
import org.corpusbench.cleaning.pipeline.CleaningStages;
import org.corpusbench.cleaning.pipeline.PipelineIncompleteException;
import org.corpusbench.testing.TestCorpus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.BundleContext;

/** The importer component without a container: DS's calls are made by hand. */
class PipelineImporterTest {
    private final MemoryRepository repository = new MemoryRepository();
    /** The pipeline's plain-Java core, which its DS component feeds as DS binds the stages. */
    private CleaningStages stages;
    private final CorpusView demo = TestCorpus.of("demo", "聊城 。");
    private Thread worker;
    /** Holds karaf.home and karaf.data. */
    @TempDir
    Path karaf;

    @AfterEach
    void stopTheWorker() throws InterruptedException {
        if (worker != null) {
            worker.interrupt();
            worker.join(TimeUnit.SECONDS.toMillis(30));
        }
    }

    @Test
    void recleaningWaitsForAStepThatIsBeingSwitchedOffThenRunsWithoutIt() throws Exception {
        PipelineImporter importer = importer(Map.of("steps.cardinality.minimum", 2, "splitters.cardinality.minimum", 0,
                "pipeline.wait.seconds", 300));
        CleaningStep exclaim = replacing('。', '！');
        stages.steps().bind(exclaim, step("exclaim", 1, true));
        stages.steps().bind(replacing('聊', '！'), step("no-liao", 2, true));
        stages.steps().unbind(null, step("no-liao", 2, true)); // `corpus:cleaning no-liao off`: DS unregisters ...
        repository.put(demo);

        FutureTask<CorpusInfo> recleaned = inTheBackground(() -> importer.reclean("demo", Progress.NONE));
        awaitWaiting();
        assertFalse(recleaned.isDone(), "the importer waits for the missing step");
        stages.steps().bind(replacing('聊', '！'), step("no-liao", 3, false)); // ... and registers it switched off

        CorpusInfo info = recleaned.get(30, TimeUnit.SECONDS);
        assertEquals("exclaim", info.provenance().get(CorpusInfo.CLEANING), "the step switched off does not run");
        assertEquals("聊城！", repository.require("demo").document(0).cleanedText());
    }

    @Test
    void anImportFailsNamingTheStepThatDidNotComeBackAndLeavesTheCorpusAlone() {
        PipelineImporter importer = importer(Map.of("steps.cardinality.minimum", 2, "splitters.cardinality.minimum", 0,
                "pipeline.wait.seconds", 0));
        stages.steps().bind(replacing('。', '！'), step("exclaim", 1, true));
        stages.steps().bind(replacing('聊', '！'), step("no-liao", 2, true));
        stages.steps().unbind(null, step("no-liao", 2, true));
        repository.put(demo);

        PipelineIncompleteException e = assertThrows(PipelineIncompleteException.class,
                () -> importer.reclean("demo", Progress.NONE));

        assertTrue(e.getMessage().startsWith("Cleaning pipeline incomplete after waiting 0 s: 1 of 2 required cleaning steps "
                + "registered (missing: no-liao; registered: exclaim); document splitters: 0 registered, 0 required."), e.getMessage());
        assertSame(demo, repository.require("demo"));
    }

    @Test
    void anInterruptWhileWaitingCancelsTheImportAndKeepsTheInterrupt() {
        PipelineImporter importer = importer(Map.of("steps.cardinality.minimum", 1, "pipeline.wait.seconds", 300));
        repository.put(demo);

        Thread.currentThread().interrupt(); // Ctrl-C in the console
        try {
            assertThrows(CancellationException.class, () -> importer.reclean("demo", Progress.NONE));
            assertTrue(Thread.currentThread().isInterrupted());
        } finally {
            Thread.interrupted();
        }
        assertSame(demo, repository.require("demo"));
    }

    @Test
    void theDefaultsNeedFourStepsAndOneSplitter() {
        PipelineImporter importer = importer(Map.of("pipeline.wait.seconds", 0));
        repository.put(demo);
        for (int i = 1; i <= 4; i++) {
            stages.steps().bind(replacing('x', 'y'), step("step" + i, i, i != 2));
        }

        assertTrue(assertThrows(PipelineIncompleteException.class, () -> importer.reclean("demo", Progress.NONE)).getMessage()
                .contains("0 of 1 required document splitters registered"));

        stages.splitters().bind((text, found) -> List.of(), Map.of(DocumentSplitter.NAME, "none", "service.id", 10L));
        assertEquals("step1,step3,step4", importer.reclean("demo", Progress.NONE).provenance().get(CorpusInfo.CLEANING));
    }

    @Test
    void theDefaultImportRootsAreTheSeedsAndImportFoldersButNotTheHomeFolder() throws IOException {
        Path home = Path.of(System.getProperty("user.home"));
        assumeTrue(Files.isDirectory(home) && !home.toRealPath().startsWith(karaf.toRealPath()));
        Path page = Files.writeString(Files.createDirectories(karaf.resolve("karaf.data/import")).resolve("page.txt"), "聊城");
        PipelineImporter importer = importer(Map.of("pipeline.wait.seconds", 0));

        assertTrue(assertThrows(CorpusException.class, () -> importer.importPath("mine", home, LoadOptions.DEFAULTS, Progress.NONE))
                .getMessage().contains("is outside the import roots"));
        // admitted: it fails later, for want of cleaning steps
        assertThrows(PipelineIncompleteException.class, () -> importer.importPath("page", page, LoadOptions.DEFAULTS, Progress.NONE));
    }

    private PipelineImporter importer(Map<String, Object> settings) {
        PipelineImporter.Config config = (PipelineImporter.Config) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {PipelineImporter.Config.class}, (proxy, method, args) -> {
                    Object value = settings.get(method.getName().replace('_', '.'));
                    return value != null ? value : method.getDefaultValue();
                });
        BundleContext context = (BundleContext) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {BundleContext.class}, (proxy, method, args) -> method.getName().equals("getProperty")
                        ? karaf.resolve((String) args[0]).toString() : null);
        Segmenter chars = text -> {
            List<Token> tokens = new ArrayList<>();
            for (int i = 0; i < text.codePointCount(0, text.length()); i++) {
                tokens.add(new Token(Character.toString(text.codePointAt(text.offsetByCodePoints(0, i))), i, i + 1, TokenType.SYMBOL));
            }
            return tokens;
        };
        stages = new CleaningStages(number(settings, "steps.cardinality.minimum", 4), number(settings, "splitters.cardinality.minimum", 1),
                Duration.ofSeconds(number(settings, "pipeline.wait.seconds", 20)));
        CleaningPipeline cleaning = new StagesPipeline(stages);
        Map<String, Segmenter> installed = new LinkedHashMap<>();
        installed.put("chars", chars);
        installed.put("test", chars); // the segmenter TestCorpus records, which cleaning again looks for
        return new PipelineImporter(config, context, repository, Map.entry(Map.of(Segmenter.NAME, "chars"), chars),
                InstalledSegmenters.of(installed), cleaning);
    }

    private static int number(Map<String, Object> settings, String key, int otherwise) {
        return settings.get(key) instanceof Integer value ? value : otherwise;
    }

    private static Map<String, Object> step(String name, long serviceId, boolean enabled) {
        Map<String, Object> properties = new HashMap<>();
        properties.put(CleaningStep.NAME, name);
        properties.put(CleaningStep.ORDER, (int) serviceId);
        properties.put(CleaningStep.ENABLED, enabled);
        properties.put("service.id", serviceId);
        return properties;
    }

    /** A step that replaces one character by another, keeping every offset. */
    private static CleaningStep replacing(char from, char to) {
        return text -> new CleanedText(text.replace(from, to), OffsetMap.identity(text.codePointCount(0, text.length())));
    }

    private <T> FutureTask<T> inTheBackground(Callable<T> work) {
        FutureTask<T> done = new FutureTask<>(work);
        worker = new Thread(done, "pipeline-importer-test");
        worker.start();
        return done;
    }

    /** Returns once the worker sleeps inside the importer's wait. */
    private void awaitWaiting() throws InterruptedException {
        while (worker.getState() != Thread.State.TIMED_WAITING) {
            assertTrue(worker.isAlive(), "the worker ended before waiting");
            Thread.sleep(1);
        }
    }
}
