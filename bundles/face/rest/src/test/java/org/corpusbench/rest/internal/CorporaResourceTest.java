package org.corpusbench.rest.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import javax.ws.rs.WebApplicationException;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.corpusbench.api.CleaningReport;
import org.corpusbench.api.CorpusException;
import org.corpusbench.api.CorpusImporter;
import org.corpusbench.api.DocumentSelection;
import org.corpusbench.api.Progress;
import org.corpusbench.api.job.JobState;
import org.corpusbench.api.job.JobStatus;
import org.corpusbench.api.job.JobTask;
import org.corpusbench.api.CorpusRepository;
import org.corpusbench.api.Subcorpora;
import org.corpusbench.api.job.JobService;
import org.corpusbench.api.LoadOptions;
import org.corpusbench.api.LoadReport;
import org.corpusbench.api.NotFoundException;
import org.corpusbench.api.SourceReport;
import org.corpusbench.testing.TestCorpus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorporaResourceTest {
    private TestCorpus corpus;
    private CorporaResource resource;
    private CorpusRepository repository;
    private Subcorpora subcorpora;
    private JobService jobs;
    private CorpusImporter importer;
    @TempDir
    Path uploads;

    @BeforeEach
    void setUp() {
        Map<String, Map<String, String>> documents = new LinkedHashMap<>();
        documents.put("聊城 市 纪念 妇女节", Map.of("headline", "纪念妇女节"));
        documents.put("经济 发展", Map.of("headline", "经济", "date", "2023-03-08"));
        documents.put("𠀀 字 ABC 12", Map.of());
        corpus = TestCorpus.withMetadata("news", documents);
        repository = mock(CorpusRepository.class);
        when(repository.list()).thenReturn(List.of(corpus.info()));
        when(repository.get("news")).thenReturn(Optional.of(corpus));
        when(repository.get("missing")).thenReturn(Optional.empty());
        when(repository.require("news")).thenCallRealMethod();
        when(repository.require("missing")).thenCallRealMethod();
        subcorpora = mock(Subcorpora.class);
        jobs = mock(JobService.class);
        importer = mock(CorpusImporter.class);
        resource = new CorporaResource(repository, subcorpora, new UploadJobs(jobs, importer, uploads, 64));
    }

    @Test
    void listsTheCorporaWithTheirSizes() {
        List<Wire.CorpusSummary> corpora = resource.corpora();
        assertEquals(1, corpora.size());
        Wire.CorpusSummary news = corpora.get(0);
        assertEquals("news", news.name());
        assertEquals(corpus.documentCount(), news.documents());
        assertEquals(corpus.tokenCount(), news.tokens());
        assertEquals(corpus.info().segmenter(), news.segmenter());
    }

    @Test
    void describesOneCorpusWithItsProvenance() {
        Wire.Corpus news = resource.corpus("news");
        assertEquals(corpus.info().provenance(), news.provenance());
        assertEquals(corpus.sentenceCount(), news.sentences());
        assertEquals(corpus.info().created().toString(), news.created());
    }

    @Test
    void aMissingCorpusIsNotFound() {
        assertThrows(NotFoundException.class, () -> resource.corpus("missing"));
        assertThrows(NotFoundException.class, () -> resource.documents("missing", "0", "20", null));
    }

    @Test
    void pagesDocumentsWithTheirMetadataAndTokenCounts() {
        Wire.DocumentPage page = resource.documents("news", "1", "5", null);
        assertEquals(corpus.documentCount(), page.total());
        assertEquals(1, page.offset());
        assertEquals(corpus.documentCount() - 1, page.documents().size());
        Wire.DocumentSummary second = page.documents().get(0);
        assertEquals(1, second.index());
        assertEquals(corpus.documentId(1), second.id());
        assertEquals(corpus.metadata(1), second.metadata());
        assertEquals(corpus.documentStart(2) - corpus.documentStart(1), second.tokens());
        assertTrue(resource.documents("news", "99", "5", null).documents().isEmpty());
    }

    @Test
    void refusesPagingOutsideItsBoundsNamingTheParameter() {
        CorpusException zero = assertThrows(CorpusException.class, () -> resource.documents("news", "0", "0", null));
        assertTrue(zero.getMessage().contains("'limit'"), zero.getMessage());
        CorpusException tooMany = assertThrows(CorpusException.class, () -> resource.documents("news", "0", "1001", null));
        assertTrue(tooMany.getMessage().contains("1000"), tooMany.getMessage());
        CorpusException text = assertThrows(CorpusException.class, () -> resource.documents("news", "-1", "5", null));
        assertTrue(text.getMessage().contains("'offset'"), text.getMessage());
        assertThrows(CorpusException.class, () -> resource.documents("news", "１", "5", null)); // full-width digit
    }

    @Test
    void givesTheLoadAndCleaningReports() {
        TestCorpus loaded = TestCorpus.builder("loaded").loadReport(new LoadReport(List.of(
                new SourceReport("人民日报/第一版.txt", SourceReport.Outcome.DAMAGED, "GB18030", 87, 3, List.of(10L, 20L), "3 bytes"),
                SourceReport.skipped("photo.jpg", "not text")))).build();
        when(repository.get("loaded")).thenReturn(Optional.of(loaded));
        when(repository.require("loaded")).thenCallRealMethod();
        Wire.LoadReport report = resource.loadReport("loaded");
        assertEquals(loaded.loadReport().summary(), report.summary());
        assertEquals(new Wire.SourceLoad("人民日报/第一版.txt", "damaged", "GB18030", 87, 3, List.of(10L, 20L), "3 bytes"),
                report.sources().get(0));
        assertEquals("skipped", report.sources().get(1).outcome());

        CleaningReport cleaning = corpus.cleaningReport();
        Wire.CleaningReport wire = resource.cleaningReport("news");
        assertEquals(cleaning.sources().size(), wire.sources().size());
        for (int i = 0; i < cleaning.sources().size(); i++) {
            assertEquals(cleaning.sources().get(i).source(), wire.sources().get(i).source());
            assertEquals(cleaning.sources().get(i).steps(), wire.sources().get(i).steps());
        }
    }

    @Test
    void deletesACorpusOrSaysItIsNotThere() {
        when(repository.remove("news")).thenReturn(true);
        resource.delete("news");
        verify(repository).remove("news");
        assertThrows(NotFoundException.class, () -> resource.delete("missing"));
    }

    @Test
    void givesOneDocumentWithCleanedAndOriginalText() {
        Wire.Document document = resource.document("news", corpus.documentId(2));
        assertEquals(2, document.index());
        assertEquals(corpus.document(2).cleanedText(), document.cleanedText());
        assertEquals(corpus.document(2).originalText(), document.originalText());
        assertTrue(document.cleanedText().startsWith("𠀀字"));
        assertThrows(NotFoundException.class, () -> resource.document("news", "no-such-document"));
    }

    @Test
    void givesTheRunsOfTheCleanedTextKeptFromTheOriginal() {
        Wire.Document document = resource.document("news", corpus.documentId(1));
        String cleaned = document.cleanedText();
        String original = document.originalText();
        assertFalse(document.kept().isEmpty());
        for (List<Integer> run : document.kept()) {
            assertEquals(run.get(1) - run.get(0), run.get(3) - run.get(2), run.toString());
            assertEquals(codePoints(cleaned, run.get(0), run.get(1)), codePoints(original, run.get(2), run.get(3)));
        }
    }

    private static String codePoints(String text, int from, int to) {
        return text.substring(text.offsetByCodePoints(0, from), text.offsetByCodePoints(0, to));
    }

    @Test
    void pagesOnlyTheSelectedDocumentsAndCountsThem() {
        when(subcorpora.select(corpus, "date>=2023-03-01")).thenReturn(new DocumentSelection("date>=2023-03-01", i -> i >= 1));
        Wire.DocumentPage page = resource.documents("news", "1", "5", "date>=2023-03-01");
        assertEquals(2, page.total());
        assertEquals(List.of(2), page.documents().stream().map(Wire.DocumentSummary::index).toList());
        when(subcorpora.select(corpus, "dat=")).thenThrow(new CorpusException("Selection 'dat=': no value after '='"));
        CorpusException bad = assertThrows(CorpusException.class, () -> resource.documents("news", "0", "5", "dat="));
        assertTrue(bad.getMessage().contains("dat="), bad.getMessage());
    }

    @Test
    void anUploadIsWrittenAmongTheUploadsAndLoadedByAJobThatRemovesIt() throws Exception {
        AtomicReference<JobTask> task = new AtomicReference<>();
        when(jobs.submit(eq("admin"), anyString(), any())).thenAnswer(call -> {
            task.set(call.getArgument(2));
            return new JobStatus("j1", "admin", call.getArgument(1), JobState.QUEUED, null, 0, -1, 0, null, null, null,
                    Instant.now(), null, null);
        });
        AtomicReference<String> seen = new AtomicReference<>();
        when(importer.importPath(eq("fresh"), any(), any(), any())).thenAnswer(call -> {
            Path file = call.getArgument(1);
            assertTrue(file.startsWith(uploads), file.toString());
            seen.set(Files.readString(file));
            return corpus.info();
        });
        Response accepted = upload("fresh", "新闻.txt", "create", "经济发展");
        assertEquals(202, accepted.getStatus());
        assertEquals("jobs/j1", accepted.getLocation().toString());
        assertEquals("corpora/fresh", task.get().run(Progress.NONE));
        assertEquals("经济发展", seen.get());
        try (Stream<Path> left = Files.list(uploads)) {
            assertEquals(0, left.count(), "the job removed the upload");
        }
        resource.upload("news", "more.zip", "add", "GB18030", " ", null, List.of("news/**"), null,
                List.of("fold.traditional=true"), "jieba", List.of("places"), body("更多"), admin());
        task.get().run(Progress.NONE);
        verify(importer).extend(eq("news"), any(), eq(LoadOptions.DEFAULTS.withEncoding("GB18030")
                .withPatterns(List.of("news/**"), List.of()).withCleaning(Map.of("fold.traditional", "true"))
                .withSegmenter("jieba", List.of("places"))), any());
    }

    @Test
    void refusesToCreateACorpusThatExistsOrAddToOneThatDoesNotBeforeKeepingTheBody() throws Exception {
        WebApplicationException taken = assertThrows(WebApplicationException.class, () -> upload("news", "a.txt", "create", "a"));
        assertEquals(409, taken.getResponse().getStatus());
        assertThrows(NotFoundException.class, () -> upload("missing", "a.txt", "add", "a"));
        // the request's own faults come first
        CorpusException name = assertThrows(CorpusException.class, () -> upload("news", "../a.txt", "create", "a"));
        assertTrue(name.getMessage().contains("../a.txt"), name.getMessage());
        CorpusException setting = assertThrows(CorpusException.class, () -> resource.upload("fresh", "a.txt", "create", null,
                null, null, null, null, List.of("fold.traditional"), null, null, body("a"), admin()));
        assertTrue(setting.getMessage().contains("key=value"), setting.getMessage());
        verify(jobs, never()).submit(any(), any(), any());
        try (Stream<Path> left = Files.walk(uploads)) {
            assertEquals(List.of(uploads), left.toList());
        }
    }

    @Test
    void refusesAnUploadWithABadModeNameOrSizeAndKeepsNothing() throws Exception {
        CorpusException mode = assertThrows(CorpusException.class, () -> upload("x", "a.txt", "replace", "a"));
        assertTrue(mode.getMessage().contains("'mode'"), mode.getMessage());
        CorpusException name = assertThrows(CorpusException.class, () -> upload("x", "../a.txt", "create", "a"));
        assertTrue(name.getMessage().contains("../a.txt"), name.getMessage());
        WebApplicationException large = assertThrows(WebApplicationException.class,
                () -> upload("x", "a.txt", "create", "x".repeat(65)));
        assertEquals(413, large.getResponse().getStatus());
        when(jobs.submit(any(), any(), any())).thenThrow(new CorpusException("The job queue is full"));
        assertThrows(CorpusException.class, () -> upload("x", "a.txt", "create", "a"));
        try (Stream<Path> left = Files.walk(uploads)) {
            assertEquals(List.of(uploads), left.toList());
        }
    }

    private Response upload(String corpus, String filename, String mode, String text) throws IOException {
        return resource.upload(corpus, filename, mode, null, null, null, null, null, null, null, null, body(text), admin());
    }

    private static InputStream body(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    private static SecurityContext admin() {
        return new User("admin", Set.of("corpus-admin"), Map.of(Role.ADMIN, Set.of("corpus-admin")), false);
    }
}
