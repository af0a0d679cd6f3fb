package org.corpusbench.rest.internal;

import javax.ws.rs.WebApplicationException;
import javax.ws.rs.core.Response;
import javax.ws.rs.ext.ExceptionMapper;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtension;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsName;

/**
 * What JAX-RS itself refuses (no such resource, method not allowed, unacceptable media type), as a JSON
 * error with its status and headers (such as {@code Allow}, {@code Retry-After}) kept. A server error's message is
 * not shown, except a 503's.
 */
@Component(service = ExceptionMapper.class)
@JaxrsExtension
@JaxrsName("corpusbench-v1-http-errors")
@JaxrsApplicationSelect(RestApplication.SELECT)
public final class HttpErrors implements ExceptionMapper<WebApplicationException> {
    @Override
    public Response toResponse(WebApplicationException exception) {
        Response original = exception.getResponse();
        int status = original.getStatus();
        // a 503 comes from our own work gate, with words for the user; other server errors may carry internals
        String message = status == 503 ? exception.getMessage()
                : status >= 500 ? "The server failed; its log has the details" : original.getStatusInfo().getReasonPhrase();
        Response.ResponseBuilder answer = Response.fromResponse(Errors.response(status, message));
        original.getStringHeaders().forEach((name, values) -> {
            if (!name.equalsIgnoreCase("Content-Type") && !name.equalsIgnoreCase("Content-Length")) {
                values.forEach(value -> answer.header(name, value));
            }
        });
        return answer.build();
    }
}
