package org.corpusbench.importer.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.corpusbench.api.CleaningStep;
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
import org.corpusbench.api.Source;
import org.corpusbench.api.SourceReport;
import org.corpusbench.api.Token;

/**
 * The import benchmark (not a test): cleans and segments 400 copies of the five seed pages (about
 * 40 MB) with the real cleaning steps and the {@code jieba} segmenter, on 1 and on 2 threads, into a
 * writer that discards what it is given, so only cleaning and segmentation are timed.
 */
public final class ImportBenchmark {

    private ImportBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        List<String> pages = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of(args[0]))) {
            for (Path page : files.sorted().toList()) {
                pages.add(Files.readString(page, StandardCharsets.UTF_8));
            }
        }
        int copies = 400;
        long bytes = 0;
        for (String page : pages) {
            bytes += page.getBytes(StandardCharsets.UTF_8).length;
        }
        bytes *= copies;
        Map<String, CleaningStep> steps = new LinkedHashMap<>();
        NewsSteps.defaults().forEach(steps::put);
        org.corpusbench.jieba.engine.internal.JiebaSegmenter segmenter = new org.corpusbench.jieba.engine.internal.JiebaSegmenter();
        segmenter.segment("聊城"); // load the dictionary outside the timing
        CorpusLoader loader = loader(pages, copies);
        for (int round = 0; round < 3; round++) {
            for (int threads : new int[] {1, 2}) {
                long started = System.nanoTime();
                new ImportPipeline(loader, "generated", Prepared.of(steps, NewsSteps.splitter(), Map.of()), segmenter,
                        "jieba", threads)
                        .run(new DiscardingRepository(), "bench", Path.of("generated"), LoadOptions.DEFAULTS, Progress.NONE);
                double seconds = (System.nanoTime() - started) / 1e9;
                System.out.printf("round %d, %d thread%s: %.1f MB cleaned and segmented in %.2f s, %.1f MB/s%n", round + 1,
                        threads, threads == 1 ? "" : "s", bytes / 1e6, seconds, bytes / 1e6 / seconds);
            }
        }
    }

    private static CorpusLoader loader(List<String> pages, int copies) {
        return new CorpusLoader() {
            @Override
            public boolean accepts(Path path) {
                return true;
            }

            @Override
            public void load(Path path, LoadOptions options, Consumer<LoadedSource> sink, Consumer<SourceReport> skipped,
                    Progress progress) {
                for (int copy = 0; copy < copies; copy++) {
                    for (int p = 0; p < pages.size(); p++) {
                        String id = copy + "-" + p;
                        sink.accept(new LoadedSource(new Source(id, id, Map.of()), pages.get(p),
                                new SourceReport(id, SourceReport.Outcome.READ, "UTF-8", 100, 0, List.of(), "")));
                    }
                }
            }
        };
    }

    /** Takes everything and keeps nothing. */
    private static final class DiscardingRepository implements CorpusRepository {
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
            return new CorpusWriter() {
                @Override
                public void addSource(Source source) {
                }

                @Override
                public void addDocument(Document document, OffsetMap offsets, List<Token> tokens) {
                }

                @Override
                public void putProvenance(String key, String value) {
                }

                @Override
                public void setLoadReport(LoadReport report) {
                }

                @Override
                public void setCleaningReport(org.corpusbench.api.CleaningReport report) {
                }

                @Override
                public CorpusInfo commit() {
                    return new CorpusInfo(name, 0, 0, 0, 0, Instant.EPOCH, provenance);
                }

                @Override
                public void close() {
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
