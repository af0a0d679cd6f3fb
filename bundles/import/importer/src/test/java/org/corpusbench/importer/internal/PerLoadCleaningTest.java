package org.corpusbench.importer.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.corpusbench.api.CleanedText;
import org.corpusbench.api.CleaningPipeline;
import org.corpusbench.api.CleaningReport;
import org.corpusbench.api.CleaningStep;
import org.corpusbench.api.CorpusException;
import org.corpusbench.api.CorpusInfo;
import org.corpusbench.api.CorpusLoader;
import org.corpusbench.api.CorpusView;
import org.corpusbench.api.LoadOptions;
import org.corpusbench.api.LoadedSource;
import org.corpusbench.api.Progress;
import org.corpusbench.api.Segmenter;
import org.corpusbench.api.Source;
import org.corpusbench.api.SourceReport;
import org.corpusbench.api.Token;
import org.corpusbench.api.TokenType;
import org.corpusbench.cleaning.pipeline.CleaningStages;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;

/**
 * Per-load cleaning settings through the importer: recorded in provenance, reused by reclean, and
 * the cleaning report stored beside the corpus instead of in its documents' metadata.
 */
class PerLoadCleaningTest {
    private static final String TRADITIONAL = "本報記者報道。";
    private static final String SIMPLIFIED = "本报记者报道。";

    private final MemoryRepository repository = new MemoryRepository();
    private final CleaningStages stages = new CleaningStages(1, 0, Duration.ZERO);
    private PipelineImporter importer;
    private Path page;
    @TempDir
    Path karaf;

    @BeforeEach
    void anImporterWithAFoldingStep() throws Exception {
        stages.steps().bind(new Folding(false), Map.of(CleaningStep.NAME, "normalise-width", CleaningStep.ORDER, 150,
                "fold.traditional", false, "service.id", 1L));
        importer = importer();
        page = Files.writeString(Files.createDirectories(karaf.resolve("karaf.data/import")).resolve("page.txt"), TRADITIONAL);
    }

    @Test
    void aCorpusLoadedFoldingKeepsFoldingWhenCleanedAgainAndAnotherKeepsItsTraditionalText() {
        CorpusInfo folded = importer.importPath("folded", page, options(Map.of("fold.traditional", "true")), Progress.NONE);
        CorpusInfo kept = importer.importPath("kept", page, LoadOptions.DEFAULTS, Progress.NONE);

        assertEquals("true", folded.provenance().get("cleaning.option.normalise-width.fold.traditional"));
        assertTrue(folded.provenance().get(CorpusInfo.CLEANING_SETTINGS).contains("fold.traditional=true"),
                folded.provenance().get(CorpusInfo.CLEANING_SETTINGS));
        assertFalse(kept.provenance().keySet().stream().anyMatch(key -> key.startsWith(CorpusInfo.CLEANING_OPTION_PREFIX)));
        assertEquals(SIMPLIFIED, text("folded"));
        assertEquals(TRADITIONAL, text("kept"));

        CorpusInfo refolded = importer.reclean("folded", Progress.NONE);
        importer.reclean("kept", Progress.NONE);

        assertEquals(SIMPLIFIED, text("folded"), "reclean reuses the recorded setting");
        assertEquals("true", refolded.provenance().get("cleaning.option.normalise-width.fold.traditional"));
        assertEquals(TRADITIONAL, text("kept"));
        assertEquals(TRADITIONAL, repository.require("folded").document(0).originalText(), "folding keeps the original text");
    }

    @Test
    void ofTheLoadersThatAcceptAPathTheHighestRankedReadsIt() throws ReflectiveOperationException {
        Field loaders = PipelineImporter.class.getDeclaredField("loaders");
        loaders.setAccessible(true);
        loaders.set(importer, List.of(Map.entry(Map.<String, Object>of(CorpusLoader.NAME, "text"), (CorpusLoader) new TextFiles()),
                Map.entry(Map.<String, Object>of(CorpusLoader.NAME, "narrow", Constants.SERVICE_RANKING, 10), (CorpusLoader) new TextFiles()),
                Map.entry(Map.<String, Object>of(CorpusLoader.NAME, "later"), (CorpusLoader) new TextFiles())));

        CorpusInfo info = importer.importPath("ranked", page, LoadOptions.DEFAULTS, Progress.NONE);
        CorpusInfo named = importer.importPath("named", page, LoadOptions.DEFAULTS.withLoader("later"), Progress.NONE);

        assertEquals("narrow", info.provenance().get(CorpusInfo.LOADER));
        assertEquals("later", named.provenance().get(CorpusInfo.LOADER));
    }

    @Test
    void recleaningWithOtherSettingsReplacesTheRecordedOnes() {
        importer.importPath("folded", page, options(Map.of("normalise-width.fold.traditional", "true")), Progress.NONE);

        CorpusInfo unfolded = importer.reclean("folded", Map.of(), Progress.NONE);

        assertEquals(TRADITIONAL, text("folded"));
        assertFalse(unfolded.provenance().keySet().stream().anyMatch(key -> key.startsWith(CorpusInfo.CLEANING_OPTION_PREFIX)));
        importer.reclean("folded", Map.of("normalise-width.enabled", "false"), Progress.NONE);
        assertEquals("", repository.require("folded").info().provenance().get(CorpusInfo.CLEANING), "switched off for this run");
        assertEquals("false", repository.require("folded").info().provenance().get("cleaning.option.normalise-width.enabled"));
    }

    @Test
    void anUnknownSettingFailsTheLoadNamingItAndStoresNothing() {
        CorpusException e = assertThrows(CorpusException.class,
                () -> importer.importPath("bad", page, options(Map.of("fold.simplified", "true")), Progress.NONE));
        assertTrue(e.getMessage().contains("fold.simplified") && e.getMessage().contains("normalise-width"), e.getMessage());
        assertTrue(repository.get("bad").isEmpty());
    }

    @Test
    void theCleaningReportIsKeptBesideTheCorpusNotInItsDocumentsMetadata() {
        importer.importPath("folded", page, options(Map.of("fold.traditional", "true")), Progress.NONE);
        CorpusView corpus = repository.require("folded");

        assertEquals(List.of(new CleaningReport.SourceCleaning("page.txt", 1, 0, Map.of("normalise-width", Map.of("folded", 3)))),
                corpus.cleaningReport().sources());
        assertFalse(corpus.document(0).metadata().keySet().stream().anyMatch(key -> key.startsWith(CleaningReport.PREFIX)),
                corpus.document(0).metadata().toString());
    }

    @Test
    void extendingKeepsTheOldSourcesReportAndAddsTheNewOnes() throws IOException {
        importer.importPath("news", page, options(Map.of("fold.traditional", "true")), Progress.NONE);
        Path more = Files.writeString(page.resolveSibling("more.txt"), "報");

        importer.extend("news", more, options(Map.of("fold.traditional", "true")), Progress.NONE);

        assertEquals(List.of("page.txt", "more.txt"), repository.require("news").cleaningReport().sources().stream()
                .map(CleaningReport.SourceCleaning::source).toList());
        assertEquals(1, repository.require("news").cleaningReport().sources().get(1).steps().get("normalise-width").get("folded"));
    }

    @Test
    void extendingCleansTheNewSourcesWithTheRecordedSettingsAndRefusesOthers() throws IOException {
        importer.importPath("news", page, options(Map.of("fold.traditional", "true")), Progress.NONE);
        Path more = Files.writeString(page.resolveSibling("more.txt"), "報");
        Path most = Files.writeString(page.resolveSibling("most.txt"), "記");

        importer.extend("news", more, LoadOptions.DEFAULTS, Progress.NONE);
        assertEquals("报", repository.require("news").document(1).cleanedText(), "folded as the corpus was");
        assertEquals("true", repository.require("news").info().provenance().get("cleaning.option.normalise-width.fold.traditional"));

        // the copied documents were folded: a different value would leave the provenance untrue of them
        CorpusException refused = assertThrows(CorpusException.class,
                () -> importer.extend("news", most, options(Map.of("fold.traditional", "false")), Progress.NONE));
        assertTrue(refused.getMessage().contains("normalise-width.fold.traditional=true"), refused.getMessage());
        assertEquals(2, repository.require("news").documentCount(), "nothing stored");
        importer.extend("news", most, options(Map.of("fold.traditional", "true")), Progress.NONE);
        assertEquals("记", repository.require("news").document(2).cleanedText(), "the same value is welcome");
    }

    private String text(String corpus) {
        return repository.require(corpus).document(0).cleanedText();
    }

    private static LoadOptions options(Map<String, String> cleaning) {
        return LoadOptions.DEFAULTS.withCleaning(cleaning);
    }

    /** Folds the three traditional characters of the test text, with the setting normalise-width has. */
    private record Folding(boolean fold) implements CleaningStep {
        @Override
        public CleanedText clean(String text) {
            CleanedText.Builder out = CleanedText.builder();
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                int folded = !fold ? c : switch (c) {
                    case '報' -> '报';
                    case '記' -> '记';
                    default -> c;
                };
                if (folded != c) {
                    out.count("folded", 1);
                }
                out.append(folded, i);
            }
            return out.build(text.length());
        }

        @Override
        public Map<String, String> settings() {
            return Map.of("fold.traditional", Boolean.toString(fold));
        }

        @Override
        public CleaningStep with(Map<String, String> changed) {
            return new Folding(Boolean.parseBoolean(changed.getOrDefault("fold.traditional", Boolean.toString(fold))));
        }
    }

    private PipelineImporter importer() throws ReflectiveOperationException {
        PipelineImporter.Config config = (PipelineImporter.Config) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {PipelineImporter.Config.class}, (proxy, method, args) -> method.getDefaultValue());
        BundleContext context = (BundleContext) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {BundleContext.class}, (proxy, method, args) -> method.getName().equals("getProperty")
                        ? karaf.resolve((String) args[0]).toString() : null);
        Segmenter chars = text -> {
            List<Token> tokens = new ArrayList<>();
            for (int i = 0; i < text.length(); i++) {
                tokens.add(new Token(text.substring(i, i + 1), i, i + 1, TokenType.SYMBOL));
            }
            return tokens;
        };
        CleaningPipeline cleaning = new StagesPipeline(stages);
        PipelineImporter created = new PipelineImporter(config, context, repository, Map.entry(Map.of(Segmenter.NAME, "chars"), chars),
                InstalledSegmenters.of(Map.of("chars", chars)), cleaning);
        Field loaders = PipelineImporter.class.getDeclaredField("loaders"); // DS injects it
        loaders.setAccessible(true);
        loaders.set(created, List.of(Map.entry(Map.<String, Object>of(CorpusLoader.NAME, "text"), (CorpusLoader) new TextFiles())));
        return created;
    }

    /** Reads one UTF-8 file as one source. */
    private static final class TextFiles implements CorpusLoader {
        @Override
        public boolean accepts(Path path) {
            return Files.isRegularFile(path);
        }

        @Override
        public void load(Path path, LoadOptions options, Consumer<LoadedSource> sink, Consumer<SourceReport> skipped, Progress progress) {
            try {
                String text = Files.readString(path);
                String id = path.getFileName().toString();
                sink.accept(new LoadedSource(new Source(id, path.toString(), Map.of()), text,
                        new SourceReport(path.toString(), SourceReport.Outcome.READ, "UTF-8", text.length(), 0, List.of(), "")));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

}
