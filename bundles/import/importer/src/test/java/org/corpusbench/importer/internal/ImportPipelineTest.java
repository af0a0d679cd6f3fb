package org.corpusbench.importer.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import org.corpusbench.api.CleanedText;
import org.corpusbench.api.CleaningReport;
import org.corpusbench.api.CleaningStep;
import org.corpusbench.api.CorpusException;
import org.corpusbench.api.CorpusInfo;
import org.corpusbench.api.CorpusLoader;
import org.corpusbench.api.CorpusRepository;
import org.corpusbench.api.CorpusView;
import org.corpusbench.api.CorpusWriter;
import org.corpusbench.api.Document;
import org.corpusbench.api.LoadOptions;
import org.corpusbench.api.LoadReport;
import org.corpusbench.api.LoadedSource;
import org.corpusbench.api.OffsetMap;
import org.corpusbench.api.Progress;
import org.corpusbench.api.Segmenter;
import org.corpusbench.api.Source;
import org.corpusbench.api.SourceReport;
import org.corpusbench.api.Token;
import org.corpusbench.api.TokenType;
import org.junit.jupiter.api.Test;

class ImportPipelineTest {
    private final RecordingRepository repository = new RecordingRepository();

    @Test
    void cleansInOrderSegmentsAndCommitsWithProvenance() {
        Map<String, CleaningStep> steps = new LinkedHashMap<>();
        steps.put("upper", text -> unchangedLength(text.toUpperCase()));
        steps.put("exclaim", text -> unchangedLength(text.replace('.', '!')));

        CorpusInfo info = pipeline(loaderOf("a.", "b."), steps).run(repository, "demo", Path.of("in"), LoadOptions.DEFAULTS, Progress.NONE);

        assertEquals(List.of("A!", "B!"), repository.documents.stream().map(Document::cleanedText).toList());
        assertEquals(List.of("a.", "b."), repository.documents.stream().map(Document::originalText).toList());
        assertEquals(List.of(2, 2), repository.tokenCounts);
        assertTrue(repository.committed);
        assertEquals("upper,exclaim", info.provenance().get(CorpusInfo.CLEANING));
        assertEquals("chars", info.segmenter());
        assertEquals("fake", info.provenance().get(CorpusInfo.LOADER));
        assertEquals("upper(order=1),exclaim(order=2)", info.provenance().get(CorpusInfo.CLEANING_SETTINGS));
        assertEquals("v1", info.provenance().get("segmenter.dictionary"));
    }

    @Test
    void composesTheStepsOffsetMapsBackToTheLoadedText() {
        Map<String, CleaningStep> steps = new LinkedHashMap<>();
        steps.put("drop-spaces", text -> without(text, ' '));
        steps.put("drop-dashes", text -> without(text, '-'));

        pipeline(loaderOf(" a-b c"), steps).run(repository, "demo", Path.of("in"), LoadOptions.DEFAULTS, Progress.NONE);

        assertEquals("abc", repository.documents.get(0).cleanedText());
        assertEquals(OffsetMap.of(new int[] {1, 3, 5, 6}), repository.offsets.get(0));
    }

    @Test
    void storesTheLoadReportWithReadAndSkippedInputs() {
        CorpusLoader mixed = loader((sink, skipped) -> {
            sink.accept(source("ok"));
            skipped.accept(SourceReport.skipped("/in/empty.txt", "Cannot load '/in/empty.txt': the file is empty"));
        });

        pipeline(mixed, Map.of()).run(repository, "demo", Path.of("in"), LoadOptions.DEFAULTS, Progress.NONE);

        assertEquals("1 read, 0 read with undecodable bytes, 1 skipped", repository.report.summary());
    }

    @Test
    void refusesAnImportThatReadNothing() {
        CorpusLoader nothing = loader((sink, skipped) -> skipped.accept(SourceReport.skipped("/in/a.txt", "it is a PNG image")));

        assertEquals("Nothing could be loaded from 'in': 1 inputs skipped; it is a PNG image", assertThrows(CorpusException.class,
                () -> pipeline(nothing, Map.of()).run(repository, "demo", Path.of("in"), LoadOptions.DEFAULTS, Progress.NONE))
                .getMessage());
        assertFalse(repository.committed);
    }

    @Test
    void extendingCopiesTheExistingDocumentsAsTheyAreThenAddsTheNewOnes() {
        org.corpusbench.testing.TestCorpus existing = org.corpusbench.testing.TestCorpus.of("demo", "聊城 日报");

        CorpusInfo info = pipeline(loaderOf("new"), Map.of()).run(repository, "demo", existing, Path.of("more"),
                LoadOptions.DEFAULTS, Progress.NONE);

        assertEquals(List.of("聊城日报", "new"), repository.documents.stream().map(Document::cleanedText).toList());
        assertEquals(List.of(2, 3), repository.tokenCounts, "the old document keeps its two tokens");
        assertTrue(repository.replaced);
        assertTrue(info.provenance().get(CorpusInfo.ORIGIN).endsWith(", " + Path.of("more").toAbsolutePath()));
    }

    @Test
    void sourcesWithTheirOwnTokensAreStoredAsGivenNeitherCleanedNorSegmented() {
        List<Token> given = List.of(new Token("聊城市", 0, 3, TokenType.CHINESE_WORD), new Token(" ", 3, 4, TokenType.WHITESPACE),
                new Token("纪念", 4, 6, TokenType.CHINESE_WORD));
        CorpusLoader segmented = loader((sink, skipped) -> sink.accept(new LoadedSource(new Source("s.txt", "s.txt", Map.of()),
                "聊城市 纪念", new SourceReport("s.txt", SourceReport.Outcome.READ, "UTF-8", 100, 0, List.of(), ""), given)));
        Map<String, CleaningStep> steps = Map.of("upper", text -> { throw new AssertionError("no cleaning"); });

        pipeline(segmented, steps).run(repository, "demo", Path.of("in"), LoadOptions.DEFAULTS, Progress.NONE);

        assertEquals("聊城市 纪念", repository.documents.get(0).cleanedText());
        assertEquals(List.of(3), repository.tokenCounts);
        assertEquals("as given by the source", repository.provenance.get(CorpusInfo.SEGMENTER));
        assertEquals("1 of 1 sources stored with the tokens they came with", repository.provenance.get(CorpusInfo.SEGMENTATION));
    }

    @Test
    void aPreSegmentedDocumentKeepsTheMetadataItsLoaderGaveAndIsMarkedAsGiven() {
        List<Token> given = List.of(new Token("纪念", 0, 2, TokenType.CHINESE_WORD));
        CorpusLoader parquet = loader((sink, skipped) -> sink.accept(new LoadedSource(new Source("p#1", "p.txt", Map.of()),
                "纪念", new SourceReport("p.txt", SourceReport.Outcome.READ, "", 100, 0, List.of(), ""), given,
                Map.of("date", "--03-03", "headline", "纪念", ImportPipeline.SEGMENTATION, "by the row"))));

        pipeline(parquet, Map.of()).run(repository, "demo", Path.of("in"), LoadOptions.DEFAULTS, Progress.NONE);

        Document document = repository.documents.get(0);
        assertEquals("p#1", document.id());
        assertEquals(Map.of("date", "--03-03", "headline", "纪念", "segmentation", "as given"), document.metadata());
    }

    @Test
    void aVerticalSourceWithoutDocumentMetadataGetsOnlyTheMark() {
        pipeline(presegmented("a.vrt"), Map.of()).run(repository, "demo", Path.of("in"), LoadOptions.DEFAULTS, Progress.NONE);

        assertEquals(Map.of("segmentation", "as given"), repository.documents.get(0).metadata());
    }

    @Test
    void recleaningAPreSegmentedCorpusKeepsItsTokensAndItsSegmenterAsGivenByTheSource() {
        MemoryRepository memory = new MemoryRepository();
        Map<String, CleaningStep> steps = Map.of("upper", text -> unchangedLength(text.toUpperCase()));
        pipeline(presegmented("a.vrt", "b.txt"), steps).run(memory, "demo", Path.of("in"), LoadOptions.DEFAULTS, Progress.NONE);
        CorpusView imported = memory.require("demo");

        CorpusInfo info = pipeline(null, steps).reclean(memory, imported, Progress.NONE);

        CorpusView recleaned = memory.require("demo");
        assertEquals("as given by the source", info.segmenter());
        assertEquals("", info.provenance().get(CorpusInfo.CLEANING));
        assertEquals("2 of 2 sources stored with the tokens they came with", info.provenance().get(CorpusInfo.SEGMENTATION));
        assertTrue(info.provenance().containsKey(CorpusInfo.RECLEANED));
        assertEquals(tokensOf(imported), tokensOf(recleaned));
        assertEquals(List.of("Liaocheng 纪念", "Liaocheng 纪念"),
                IntStream.range(0, recleaned.documentCount()).mapToObj(d -> recleaned.document(d).cleanedText()).toList());
    }

    @Test
    void recleaningAMixedCorpusNamesItsSegmenterAndCountsTheSourcesThatKeptTheirTokens() {
        MemoryRepository memory = new MemoryRepository();
        CorpusLoader mixed = loader((sink, skipped) -> {
            sink.accept(presegmentedSource("a.vrt"));
            sink.accept(source("xy"));
        });
        pipeline(mixed, Map.of()).run(memory, "demo", Path.of("in"), LoadOptions.DEFAULTS, Progress.NONE);
        CorpusView imported = memory.require("demo");

        CorpusInfo info = pipeline(null, Map.of("upper", text -> unchangedLength(text.toUpperCase())))
                .reclean(memory, imported, Progress.NONE);

        assertEquals("chars", info.segmenter());
        assertEquals("upper", info.provenance().get(CorpusInfo.CLEANING));
        assertEquals("1 of 2 sources stored with the tokens they came with", info.provenance().get(CorpusInfo.SEGMENTATION));
        CorpusView recleaned = memory.require("demo");
        assertEquals(CorpusCopy.tokens(imported, 0), CorpusCopy.tokens(recleaned, 0), "the given tokens are kept");
        assertEquals("XY", recleaned.document(1).cleanedText());
    }

    @Test
    void extendingASegmentedCorpusWithAPreSegmentedSourceKeepsItsSegmenter() {
        MemoryRepository memory = new MemoryRepository();
        pipeline(loaderOf("xy"), Map.of()).run(memory, "demo", Path.of("in"), LoadOptions.DEFAULTS, Progress.NONE);

        CorpusInfo info = pipeline(presegmented("a.vrt"), Map.of()).run(memory, "demo", memory.require("demo"), Path.of("more"),
                LoadOptions.DEFAULTS, Progress.NONE);

        assertEquals("chars", info.segmenter());
        assertEquals("1 of 2 sources stored with the tokens they came with", info.provenance().get(CorpusInfo.SEGMENTATION));
    }

    @Test
    void extendingAPreSegmentedCorpusWithAnotherStaysAsGivenByTheSource() {
        MemoryRepository memory = new MemoryRepository();
        pipeline(presegmented("a.vrt"), Map.of()).run(memory, "demo", Path.of("in"), LoadOptions.DEFAULTS, Progress.NONE);

        CorpusInfo info = pipeline(presegmented("b.vrt"), Map.of()).run(memory, "demo", memory.require("demo"), Path.of("more"),
                LoadOptions.DEFAULTS, Progress.NONE);

        assertEquals("as given by the source", info.segmenter());
        assertEquals("2 of 2 sources stored with the tokens they came with", info.provenance().get(CorpusInfo.SEGMENTATION));
    }

    @Test
    void manyDocumentsSegmentedOnFourThreadsAreWrittenInLoadOrder() {
        String[] texts = new String[200];
        for (int i = 0; i < texts.length; i++) {
            texts[i] = "文" + i;
        }
        Segmenter slowOnEvenDocuments = text -> {
            if (text.codePointCount(0, text.length()) % 2 == 0) {
                Thread.onSpinWait();
            }
            return List.of(new Token(text, 0, text.codePointCount(0, text.length()), TokenType.CHINESE_WORD));
        };
        ImportPipeline pipeline = new ImportPipeline(loaderOf(texts), "fake", Prepared.of(Map.of(), null, Map.of()), slowOnEvenDocuments, "slow", 4);

        pipeline.run(repository, "demo", Path.of("in"), LoadOptions.DEFAULTS, Progress.NONE);

        assertEquals(List.of(texts), repository.documents.stream().map(Document::cleanedText).toList());
    }

    @Test
    void aFailingSegmentationCommitsNothingAndNamesTheProblem() {
        Segmenter failing = text -> {
            throw new CorpusException("Cannot segment '" + text + "'");
        };
        ImportPipeline pipeline = new ImportPipeline(loaderOf("a", "b"), "fake", Prepared.of(Map.of(), null, Map.of()), failing, "broken", 2);

        assertEquals("Cannot segment 'a'", assertThrows(CorpusException.class,
                () -> pipeline.run(repository, "demo", Path.of("in"), LoadOptions.DEFAULTS, Progress.NONE)).getMessage());
        assertFalse(repository.committed);
    }

    @Test
    void aFailingSourceCommitsNothing() {
        CorpusLoader failing = loader((sink, skipped) -> {
            sink.accept(source("ok"));
            throw new CorpusException("Cannot load 'bad.txt': not valid UTF-8 at byte 3");
        });

        assertThrows(CorpusException.class,
                () -> pipeline(failing, Map.of()).run(repository, "demo", Path.of("in"), LoadOptions.DEFAULTS, Progress.NONE));
        assertFalse(repository.committed);
        assertTrue(repository.closed);
    }

    @Test
    void cancellingCommitsNothing() {
        Progress cancelled = new Progress() {
            @Override
            public void report(String stage, long done, long total) {
            }

            @Override
            public boolean isCancelled() {
                return true;
            }
        };

        assertThrows(CancellationException.class,
                () -> pipeline(loaderOf("x"), Map.of()).run(repository, "demo", Path.of("in"), LoadOptions.DEFAULTS, cancelled));
        assertFalse(repository.committed);
    }

    private static ImportPipeline pipeline(CorpusLoader loader, Map<String, CleaningStep> steps) {
        Segmenter chars = text -> {
            List<Token> tokens = new ArrayList<>();
            int[] cps = text.codePoints().toArray();
            for (int i = 0; i < cps.length; i++) {
                tokens.add(new Token(Character.toString(cps[i]), i, i + 1, TokenType.SYMBOL));
            }
            return tokens;
        };
        List<String> settings = new ArrayList<>();
        int order = 1;
        for (String step : steps.keySet()) {
            settings.add(step + "(order=" + order++ + ")");
        }
        Map<String, String> provenance = Map.of(CorpusInfo.CLEANING, String.join(",", steps.keySet()),
                CorpusInfo.CLEANING_SETTINGS, String.join(",", settings));
        Segmenter versioned = new Segmenter() {
            @Override
            public List<Token> segment(String text) {
                return chars.segment(text);
            }

            @Override
            public Map<String, String> provenance() {
                return Map.of("dictionary", "v1");
            }
        };
        return new ImportPipeline(loader, "fake", Prepared.of(steps, null, provenance), versioned, "chars");
    }

    /** A step that deletes every {@code c}, with its offset map. */
    /** Removes a character, keeping what it removed as metadata, as a step must (nothing dropped unaccounted). */
    private static CleanedText without(String text, char c) {
        CleanedText.Builder out = CleanedText.builder();
        StringBuilder removed = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) != c) {
                out.append(text.charAt(i), i);
            } else {
                removed.append(c);
            }
        }
        CleanedText cleaned = out.build(text.length());
        return new CleanedText(cleaned.text(), cleaned.offsets(), Map.of("removed", removed.toString()), Map.of());
    }

    private static CleanedText unchangedLength(String text) {
        return new CleanedText(text, OffsetMap.identity(text.codePointCount(0, text.length())));
    }

    private static LoadedSource source(String text) {
        return new LoadedSource(new Source(text + ".txt", "/in/" + text, Map.of()), text,
                new SourceReport("/in/" + text, SourceReport.Outcome.READ, "UTF-8", 100, 0, List.of(), ""));
    }

    /** What the segmented loader gives for a {@code .vrt} or space-separated file: the text with its tokens. */
    private static LoadedSource presegmentedSource(String id) {
        List<Token> given = List.of(new Token("Liaocheng", 0, 9, TokenType.LATIN), new Token(" ", 9, 10, TokenType.WHITESPACE),
                new Token("纪念", 10, 12, TokenType.CHINESE_WORD));
        return new LoadedSource(new Source(id, "/in/" + id, Map.of()), "Liaocheng 纪念",
                new SourceReport("/in/" + id, SourceReport.Outcome.READ, "UTF-8", 100, 0, List.of(), ""), given);
    }

    private static CorpusLoader presegmented(String... ids) {
        return loader((sink, skipped) -> {
            for (String id : ids) {
                sink.accept(presegmentedSource(id));
            }
        });
    }

    static List<List<Token>> tokensOf(CorpusView corpus) {
        return IntStream.range(0, corpus.documentCount()).mapToObj(d -> CorpusCopy.tokens(corpus, d)).toList();
    }

    static CorpusLoader loaderOf(String... texts) {
        return loader((sink, skipped) -> {
            for (String text : texts) {
                sink.accept(source(text));
            }
        });
    }

    private interface LoadFunction {
        void load(Consumer<LoadedSource> sink, Consumer<SourceReport> skipped);
    }

    private static CorpusLoader loader(LoadFunction function) {
        return new CorpusLoader() {
            @Override
            public boolean accepts(Path path) {
                return true;
            }

            @Override
            public void load(Path path, LoadOptions options, Consumer<LoadedSource> sink, Consumer<SourceReport> skipped,
                    Progress progress) {
                function.load(sink, skipped);
            }
        };
    }

    /** Records what the pipeline writes. */
    private static final class RecordingRepository implements CorpusRepository {
        final List<Document> documents = new ArrayList<>();
        final List<Integer> tokenCounts = new ArrayList<>();
        final List<OffsetMap> offsets = new ArrayList<>();
        final Map<String, String> provenance = new java.util.HashMap<>();
        LoadReport report;
        CleaningReport cleaningReport;
        boolean committed;
        boolean closed;
        boolean replaced;

        @Override
        public List<CorpusInfo> list() {
            return List.of();
        }

        @Override
        public Optional<CorpusView> get(String name) {
            return Optional.empty();
        }

        @Override
        public CorpusWriter create(String name, Map<String, String> provenance, boolean replace) {
            replaced = replace;
            return new CorpusWriter() {
                @Override
                public void addSource(Source source) {
                }

                @Override
                public void addDocument(Document document, OffsetMap map, List<Token> tokens) {
                    documents.add(document);
                    offsets.add(map);
                    tokenCounts.add(tokens.size());
                }

                @Override
                public void putProvenance(String key, String value) {
                    RecordingRepository.this.provenance.put(key, value);
                }

                @Override
                public void setLoadReport(LoadReport loadReport) {
                    report = loadReport;
                }

                @Override
                public void setCleaningReport(CleaningReport cleaningReport) {
                    RecordingRepository.this.cleaningReport = cleaningReport;
                }

                @Override
                public CorpusInfo commit() {
                    committed = true;
                    return new CorpusInfo(name, 0, documents.size(), 0, 0, Instant.EPOCH, provenance);
                }

                @Override
                public void close() {
                    closed = true;
                }
            };
        }

        @Override
        public boolean remove(String name) {
            return false;
        }

        @Override
        public void rename(String name, String newName) {
        }
    }
}
