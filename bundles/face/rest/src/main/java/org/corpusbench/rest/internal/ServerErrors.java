package org.corpusbench.rest.internal;

import javax.ws.rs.core.Response;
import javax.ws.rs.ext.ExceptionMapper;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtension;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsName;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Anything unexpected: logged with its stack trace, answered 500 without it. */
@Component(service = ExceptionMapper.class)
@JaxrsExtension
@JaxrsName("corpusbench-v1-server-errors")
@JaxrsApplicationSelect(RestApplication.SELECT)
public final class ServerErrors implements ExceptionMapper<Exception> {
    private static final Logger LOG = LoggerFactory.getLogger(ServerErrors.class);

    @Override
    public Response toResponse(Exception exception) {
        LOG.error("A request to {} failed", RestApplication.BASE, exception);
        return Errors.response(500, "The server failed; its log has the details");
    }
}
