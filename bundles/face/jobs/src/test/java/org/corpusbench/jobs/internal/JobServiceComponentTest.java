package org.corpusbench.jobs.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.annotation.Annotation;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.corpusbench.api.job.JobState;
import org.corpusbench.api.job.JobStatus;
import org.junit.jupiter.api.Test;

class JobServiceComponentTest {
    private static JobServiceComponent.Config config(int workers, int queue, long keepMinutes, int perOwner) {
        return new JobServiceComponent.Config() {
            @Override
            public Class<? extends Annotation> annotationType() {
                return JobServiceComponent.Config.class;
            }

            @Override
            public int workers() {
                return workers;
            }

            @Override
            public int queue() {
                return queue;
            }

            @Override
            public long keep_finished_minutes() {
                return keepMinutes;
            }

            @Override
            public int per_owner_limit() {
                return perOwner;
            }
        };
    }

    @Test
    void zeroWorkersMeansOnePerProcessorAndDeactivatingCancelsWhatRuns() throws Exception {
        JobServiceComponent component = new JobServiceComponent(config(0, 0, 60, 100));
        int processors = Math.max(1, Runtime.getRuntime().availableProcessors());
        CountDownLatch started = new CountDownLatch(processors);
        String[] ids = new String[processors];
        for (int i = 0; i < processors; i++) {
            ids[i] = component.submit("ann", "wait " + i, progress -> {
                started.countDown();
                new CountDownLatch(1).await();
                return null;
            }).id();
        }
        assertTrue(started.await(30, TimeUnit.SECONDS), "every processor's worker took a job");

        component.deactivate();

        for (String id : ids) {
            assertEquals(JobState.CANCELLED, awaitFinished(component, id).state());
        }
    }

    private static JobStatus awaitFinished(JobServiceComponent component, String id) throws InterruptedException {
        for (int i = 0; i < 3000; i++) {
            JobStatus status = component.status(id).orElseThrow();
            if (status.state().isFinished()) {
                return status;
            }
            Thread.sleep(10);
        }
        throw new AssertionError("job " + id + " never finished");
    }

    @Test
    void aSettingOutOfRangeIsNamed() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> new JobServiceComponent(config(1, 1, 60, 0)));

        assertTrue(refused.getMessage().contains("per user"), refused.getMessage());
    }
}
