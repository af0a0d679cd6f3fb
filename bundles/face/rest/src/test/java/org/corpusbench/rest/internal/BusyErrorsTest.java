package org.corpusbench.rest.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import javax.ws.rs.core.Response;
import org.corpusbench.api.job.JobsBusyException;
import org.junit.jupiter.api.Test;

class BusyErrorsTest {
    @Test
    void aFullJobQueueIs503WithRetryAfterAndTheBoardsMessage() {
        Response response = new BusyErrors().toResponse(new JobsBusyException("4 jobs are waiting already"));
        assertEquals(503, response.getStatus());
        assertEquals("5", response.getHeaderString("Retry-After"));
        assertEquals(new Wire.Error(503, "4 jobs are waiting already"), response.getEntity());
    }
}
