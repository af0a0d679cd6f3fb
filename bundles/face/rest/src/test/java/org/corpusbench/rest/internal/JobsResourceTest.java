package org.corpusbench.rest.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.ws.rs.core.Response;
import org.corpusbench.api.CorpusException;
import org.corpusbench.api.CorpusImporter;
import org.corpusbench.api.CorpusRepository;
import org.corpusbench.api.NotFoundException;
import org.corpusbench.api.Progress;
import org.corpusbench.api.job.JobService;
import org.corpusbench.api.job.JobState;
import org.corpusbench.api.job.JobStatus;
import org.corpusbench.api.job.JobTask;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

class JobsResourceTest {
    private static final Map<Role, Set<String>> GRANTS = Map.of(Role.READER, Set.of("corpus-reader", "corpus-admin"),
            Role.ADMIN, Set.of("corpus-admin"));
    private static final User ANN = new User("ann", Set.of("corpus-reader"), GRANTS, false);
    private static final User BOB = new User("bob", Set.of("corpus-reader"), GRANTS, false);
    private static final User ADMIN = new User("root", Set.of("corpus-admin"), GRANTS, false);
    private static final Instant CREATED = Instant.parse("2026-11-30T05:00:00Z");
    private static final JobStatus ANNS = new JobStatus("j1", "ann", "re-clean news", JobState.RUNNING, "segmenting", 250,
            1000, 125.0, Duration.ofSeconds(6), null, null, CREATED, CREATED.plusSeconds(1), null);

    private final JobService jobs = mock(JobService.class);
    private final JobsResource resource = new JobsResource(jobs);

    @Test
    void aJobOnTheWireWithItsProgress() {
        when(jobs.status("j1")).thenReturn(Optional.of(ANNS));
        assertEquals(new Wire.Job("j1", "ann", "re-clean news", "running", "segmenting", 250, 1000, 125.0, 6L, null, null,
                "2026-11-30T05:00:00Z", "2026-11-30T05:00:01Z", null), resource.job("j1", ANN));
    }

    @Test
    void aUserSeesAndCancelsOwnJobsAnAdministratorAnyones() {
        when(jobs.status("j1")).thenReturn(Optional.of(ANNS));
        when(jobs.list("ann")).thenReturn(List.of(ANNS));
        when(jobs.listAll()).thenReturn(List.of(ANNS));

        assertEquals(List.of("j1"), resource.list(ANN).stream().map(Wire.Job::id).toList());
        assertEquals(List.of("j1"), resource.list(ADMIN).stream().map(Wire.Job::id).toList());
        verify(jobs, never()).list("root");

        // someone else's job answers as an unknown one, and is not cancelled
        assertThrows(NotFoundException.class, () -> resource.job("j1", BOB));
        assertThrows(NotFoundException.class, () -> resource.cancel("j1", BOB));
        verify(jobs, never()).cancel(anyString());

        assertEquals("j1", resource.cancel("j1", ANN).id());
        resource.cancel("j1", ADMIN);
        verify(jobs, org.mockito.Mockito.times(2)).cancel("j1");
        assertThrows(NotFoundException.class, () -> resource.job("nope", ADMIN));
    }

    @Test
    void recleaningAnswers202WithTheJobsAddressAndItsTaskRecleansTheCorpus() throws Exception {
        CorpusImporter importer = mock(CorpusImporter.class);
        JobStatus queued = new JobStatus("j2", "root", "re-clean news", JobState.QUEUED, null, 0, -1, 0, null, null, null,
                CREATED, null, null);
        ArgumentCaptor<JobTask> task = ArgumentCaptor.forClass(JobTask.class);
        when(jobs.submit(eq("root"), eq("re-clean news"), task.capture())).thenReturn(queued);
        RecleanResource recleaning = new RecleanResource(jobs, importer, repositoryOf("news"));

        Response response = recleaning.reclean("news", null, "false", ADMIN);

        assertEquals(202, response.getStatus());
        assertEquals("jobs/j2", response.getLocation().toString());
        assertEquals("queued", ((Wire.Job) response.getEntity()).state());
        verify(importer, never()).reclean(anyString(), any(), any(Progress.class));
        assertEquals("corpora/news", task.getValue().run(Progress.NONE));
        verify(importer).reclean("news", null, Progress.NONE); // null: the settings the corpus recorded

        recleaning.reclean("news", List.of("fold.traditional=true"), "false", ADMIN);
        task.getValue().run(Progress.NONE);
        verify(importer).reclean("news", Map.of("fold.traditional", "true"), Progress.NONE);
        recleaning.reclean("news", null, "true", ADMIN);
        task.getValue().run(Progress.NONE);
        verify(importer).reclean("news", Map.of(), Progress.NONE); // empty: the workbench's defaults
    }

    @Test
    void recleaningRefusesAMissingCorpusAndMixedSettingsAtOnce() {
        RecleanResource recleaning = new RecleanResource(jobs, mock(CorpusImporter.class), repositoryOf("news"));
        assertThrows(NotFoundException.class, () -> recleaning.reclean("missing", null, "false", ADMIN));
        assertThrows(CorpusException.class, () -> recleaning.reclean("news", List.of("a=1"), "true", ADMIN));
        assertThrows(CorpusException.class, () -> recleaning.reclean("news", null, "yes", ADMIN));
        verify(jobs, never()).submit(any(), any(), any());
    }

    private static CorpusRepository repositoryOf(String corpus) {
        CorpusRepository repository = mock(CorpusRepository.class);
        when(repository.get(corpus)).thenReturn(Optional.of(mock(org.corpusbench.api.CorpusView.class)));
        when(repository.require(anyString())).thenCallRealMethod();
        return repository;
    }
}
