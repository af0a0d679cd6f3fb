package org.corpusbench.rest.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.stream.Stream;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.StreamingOutput;
import org.corpusbench.api.CorpusRepository;
import org.corpusbench.api.CorpusView;
import org.corpusbench.api.NotFoundException;
import org.corpusbench.api.Progress;
import org.corpusbench.api.analysis.AnalysisDescriptor;
import org.corpusbench.api.analysis.AnalysisResult;
import org.corpusbench.api.analysis.AnalysisService;
import org.corpusbench.api.analysis.Column;
import org.corpusbench.api.analysis.ColumnType;
import org.corpusbench.api.analysis.Provenance;
import org.corpusbench.api.analysis.ResultTable;
import org.corpusbench.api.export.Exporter;
import org.corpusbench.api.job.JobService;
import org.corpusbench.api.job.JobState;
import org.corpusbench.api.job.JobStatus;
import org.corpusbench.api.job.JobTask;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mockito.ArgumentCaptor;

class ExportJobsTest {
    private static final Instant NOW = Instant.parse("2026-11-30T08:00:00Z");
    private final JobService jobs = mock(JobService.class);
    private final AnalysisService analyses = mock(AnalysisService.class);
    private final CorpusRepository repository = mock(CorpusRepository.class);
    private final ArgumentCaptor<JobTask> task = ArgumentCaptor.forClass(JobTask.class);
    private final Exporter lines = new LineExporter();
    @TempDir
    Path folder;
    private FinishedExports files;
    private ExportJobs exports;

    @BeforeEach
    void setUp() throws IOException {
        files = new FinishedExports(folder, Clock.fixed(NOW, ZoneOffset.UTC));
        exports = new ExportJobs(jobs, analyses, repository, files);
        when(analyses.analysis("frequency")).thenReturn(Optional.of(mock(AnalysisDescriptor.class)));
        when(repository.get("news")).thenReturn(Optional.of(mock(CorpusView.class)));
        when(repository.require(any())).thenCallRealMethod();
        when(jobs.submit(eq("ann"), any(), task.capture())).thenReturn(new JobStatus("j1", "ann", "export", JobState.QUEUED,
                null, 0, -1, 0, null, null, null, NOW, null, null));
    }

    @Test
    void theJobWritesTheTableThatOnlyItsOwnerOrAnAdminDownloads() throws Exception {
        when(analyses.run(eq("frequency"), eq("news"), eq(Map.of("min_count", "2")), any())).thenReturn(table("经济", "发展"));

        assertEquals("j1", exports.start("ann", "frequency", "news", Map.of("min_count", "2"), lines).id());
        String result = task.getValue().run(Progress.NONE);

        assertTrue(result.startsWith("exports/"), result);
        String id = result.substring("exports/".length());
        ExportsResource resource = new ExportsResource(files);
        Response download = resource.download(id, user("ann", false));
        assertEquals(javax.ws.rs.core.MediaType.valueOf("text/plain; charset=UTF-8"), download.getMediaType());
        assertTrue(download.getHeaderString("Content-Disposition").contains("news-frequency.txt"));
        assertEquals("[经济]\n[发展]\n", body(download));
        assertEquals("[经济]\n[发展]\n", body(resource.download(id, user("root", true))));
        assertThrows(NotFoundException.class, () -> resource.download(id, user("bob", false)));
        assertThrows(NotFoundException.class, () -> resource.download("no-such-export", user("ann", false)));
    }

    @Test
    void aFailedOrCancelledJobLeavesNoFileAndAMissingAnalysisOrCorpusStartsNone() throws Exception {
        when(analyses.run(any(), any(), any(), any())).thenThrow(new CancellationException("cancelled"));
        exports.start("ann", "frequency", "news", Map.of(), lines);
        assertThrows(CancellationException.class, () -> task.getValue().run(Progress.NONE));
        try (Stream<Path> left = Files.list(folder)) {
            assertEquals(List.of(), left.toList());
        }

        when(analyses.analysis("nothing")).thenReturn(Optional.empty());
        assertThrows(NotFoundException.class, () -> exports.start("ann", "nothing", "news", Map.of(), lines));
        assertThrows(NotFoundException.class, () -> exports.start("ann", "frequency", "missing", Map.of(), lines));
        verify(jobs, org.mockito.Mockito.times(1)).submit(any(), any(), any());
    }

    @Test
    void exportsAreKeptForAnHourAfterTheyWereAskedFor() throws Exception {
        Clock[] clock = {Clock.fixed(NOW, ZoneOffset.UTC)};
        FinishedExports aging = new FinishedExports(folder.resolve("aging"), new Clock() {
            @Override
            public java.time.ZoneId getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(java.time.ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return clock[0].instant();
            }
        });
        FinishedExports.Export old = aging.reserve("ann", "a.txt", "text/plain");
        Files.writeString(old.file(), "x");
        clock[0] = Clock.fixed(NOW.plus(FinishedExports.KEPT).plusSeconds(1), ZoneOffset.UTC);
        FinishedExports.Export young = aging.reserve("ann", "b.txt", "text/plain");

        assertEquals(Optional.empty(), aging.find(old.id()));
        assertTrue(Files.notExists(old.file()));
        assertEquals(Optional.of(young), aging.find(young.id()));
        aging.removeAll();
        assertEquals(Optional.empty(), aging.find(young.id()));
        verify(jobs, never()).submit(any(), any(), any());
    }

    private static AnalysisResult table(String... words) {
        ResultTable table = new ResultTable(List.of(new Column("word", ColumnType.STRING)),
                Stream.of(words).map(word -> List.<Object>of(word)));
        return new AnalysisResult(new Provenance("news", "frequency", Map.of(), "jieba", Map.of(), NOW), table);
    }

    private static String body(Response response) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ((StreamingOutput) response.getEntity()).write(out);
        return out.toString(StandardCharsets.UTF_8);
    }

    private static User user(String name, boolean admin) {
        Set<String> roles = Set.of(admin ? "corpus-admin" : "corpus-reader");
        return new User(name, roles, Map.of(Role.ADMIN, Set.of("corpus-admin"), Role.READER, Set.of("corpus-reader", "corpus-admin")),
                false);
    }
}
