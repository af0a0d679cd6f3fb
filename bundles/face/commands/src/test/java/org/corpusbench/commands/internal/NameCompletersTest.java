package org.corpusbench.commands.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import org.apache.karaf.shell.api.console.Candidate;
import org.corpusbench.api.Segmenter;
import org.corpusbench.api.Segmenters;
import org.corpusbench.api.export.CorpusExporter;
import org.corpusbench.api.export.Exporter;
import org.junit.jupiter.api.Test;

class NameCompletersTest {
    private final FakeServices.Repository repository = new FakeServices.Repository().with("news", "weibo");
    private final FakeServices.Subcorpuses subcorpora = new FakeServices.Subcorpuses().with("news", "march", "april").with("weibo");

    @Test
    void corpusNamesAreTheStoredCorporaNow() {
        CorpusNameCompleter completer = new CorpusNameCompleter();
        completer.repository = repository;
        assertEquals(List.of("news", "weibo"), values(completer, "corpus:info", ""));

        repository.with("news2024");
        assertEquals(List.of("news", "news2024"), values(completer, "corpus:info", "ne"));
    }

    @Test
    void analysisNamesIncludeOneDeployedAfterTheCompleterStarted() {
        FakeServices.Analyses analyses = new FakeServices.Analyses().with("frequency").with("kwic");
        AnalysisNameCompleter completer = new AnalysisNameCompleter();
        completer.analyses = analyses;
        assertEquals(List.of("frequency", "kwic"), values(completer, "corpus:run", ""));

        analyses.with("keyness");
        assertEquals(List.of("kwic", "keyness"), values(completer, "corpus:run", "k"));
    }

    @Test
    void exportFormatsAreThoseOfTheInstalledExporters() {
        FormatCompleter completer = new FormatCompleter();
        completer.exporters = List.of(proxy(Exporter.class, "csv"), proxy(Exporter.class, "json"));
        assertEquals(List.of("csv", "json"), values(completer, "corpus:export", "--format", ""));
        assertEquals(List.of("json"), values(completer, "corpus:export", "--format", "j"));
    }

    @Test
    void selectionsAreAllAndTheSubcorporaOfTheCorpusOnTheLine() {
        SelectionCompleter completer = new SelectionCompleter();
        completer.repository = repository;
        completer.subcorpora = subcorpora;

        assertEquals(List.of("all", "@march", "@april"), values(completer, "corpus:query", "news", "--selection", ""));
        assertEquals(List.of("@march"), values(completer, "corpus:query", "news", "--selection", "@m"));
        assertEquals(List.of("all"), values(completer, "corpus:query", "weibo", "--selection", ""));
        subcorpora.with("weibo", "march", "hot");
        assertEquals(List.of("all", "@march", "@april", "@hot"), values(completer, "corpus:query", "--selection", ""),
                "options come before the corpus: every corpus's subcorpora, each name once");
    }

    @Test
    void subcorpusNamesOfTheCorpusOnTheLineAsTheyAreNow() {
        SubcorpusNameCompleter completer = new SubcorpusNameCompleter();
        completer.repository = repository;
        completer.subcorpora = subcorpora;

        assertEquals(List.of("march", "april"), values(completer, "corpus:subcorpus", "delete", "news", ""));
        subcorpora.with("news", "march", "april", "may");
        assertEquals(List.of("march", "april", "may"), values(completer, "corpus:subcorpus", "delete", "news", ""));
        assertEquals(List.of(), values(completer, "corpus:subcorpus", "delete", "weibo", ""));
        assertEquals(List.of(), values(completer, "corpus:subcorpus", "delete", "gone", ""));
    }

    @Test
    void segmenterNamesAreTheRegisteredServices() {
        SegmenterCompleter completer = new SegmenterCompleter();
        completer.segmenters = segmenters("jieba", "jieba-analysis");

        assertEquals(List.of("jieba", "jieba-analysis"), values(completer, "corpus:segment", "--segmenter", ""));
        assertEquals(List.of("jieba-analysis"), values(completer, "corpus:segment", "--segmenter", "jieba-"));
    }

    @Test
    void tokenFormatsAreThoseOfTheInstalledExporters() {
        TokenFormatCompleter completer = new TokenFormatCompleter();
        completer.exporters = new ArrayList<>(List.of(exporter("plain")));
        assertEquals(List.of("plain"), values(completer, "corpus:export-tokens", "--format", ""));

        completer.exporters.add(exporter("vertical"));
        assertEquals(List.of("plain", "vertical"), values(completer, "corpus:export-tokens", "--format", ""));
    }

    private static List<String> values(LiveCompleter completer, String... words) {
        List<Candidate> found = new ArrayList<>();
        completer.completeCandidates(null, FakeLine.of(words), found);
        found.forEach(candidate -> assertEquals(true, candidate.complete(), candidate.value()));
        return found.stream().map(Candidate::value).toList();
    }

    private static CorpusExporter exporter(String format) {
        return proxy(CorpusExporter.class, format);
    }

    /** An exporter of either kind that only knows its format. */
    private static <T> T proxy(Class<T> type, String format) {
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type},
                (proxy, method, args) -> {
                    if (method.getName().equals("format")) {
                        return format;
                    }
                    throw new UnsupportedOperationException(method.getName());
                }));
    }

    private static Segmenters segmenters(String... names) {
        return new Segmenters() {
            @Override
            public List<String> names() {
                return List.of(names);
            }

            @Override
            public Segmenter find(String name) {
                throw new UnsupportedOperationException("a completer needs only the names");
            }

            @Override
            public String defaultName() {
                return names[0];
            }
        };
    }
}
