package org.corpusbench.rest.internal;

import javax.ws.rs.core.Response;
import javax.ws.rs.ext.ExceptionMapper;
import org.corpusbench.api.CorpusException;
import org.corpusbench.api.NotFoundException;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtension;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsName;

/** A user's mistake: 404 for something that does not exist, else 400, each with the workbench's message. */
@Component(service = ExceptionMapper.class)
@JaxrsExtension
@JaxrsName("corpusbench-v1-user-errors")
@JaxrsApplicationSelect(RestApplication.SELECT)
public final class UserErrors implements ExceptionMapper<CorpusException> {
    @Override
    public Response toResponse(CorpusException exception) {
        return Errors.response(exception instanceof NotFoundException ? 404 : 400, exception.getMessage());
    }
}
