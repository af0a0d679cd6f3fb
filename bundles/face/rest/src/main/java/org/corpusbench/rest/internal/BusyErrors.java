package org.corpusbench.rest.internal;

import javax.ws.rs.core.Response;
import javax.ws.rs.ext.ExceptionMapper;
import org.corpusbench.api.job.JobsBusyException;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtension;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsName;

/**
 * No room for another job now: 503 with Retry-After, as the work gate answers for heavy requests, so a
 * client tries again instead of taking it for its own mistake (JAX-RS picks this mapper over
 * {@link UserErrors} for the closer type).
 */
@Component(service = ExceptionMapper.class)
@JaxrsExtension
@JaxrsName("corpusbench-v1-busy-errors")
@JaxrsApplicationSelect(RestApplication.SELECT)
public final class BusyErrors implements ExceptionMapper<JobsBusyException> {
    @Override
    public Response toResponse(JobsBusyException exception) {
        return Response.fromResponse(Errors.response(503, exception.getMessage()))
                .header("Retry-After", Long.toString(HeavyWork.RETRY_AFTER_SECONDS)).build();
    }
}
