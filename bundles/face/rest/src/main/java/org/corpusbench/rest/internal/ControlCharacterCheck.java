package org.corpusbench.rest.internal;

import javax.annotation.Priority;
import javax.ws.rs.Priorities;
import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerRequestFilter;
import javax.ws.rs.container.PreMatching;
import javax.ws.rs.core.MultivaluedMap;
import javax.ws.rs.core.PathSegment;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtension;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsName;

/**
 * Before anything else: 400 for a control character (a NUL, a line break ...) anywhere in the decoded
 * path or in a query parameter's name or value, whether or not a resource reads that parameter, so none
 * can reach a file name, a log line or a header. Runs before authentication: such a request is refused
 * the same way with or without credentials.
 */
@Component(service = ContainerRequestFilter.class)
@JaxrsExtension
@JaxrsName("corpusbench-v1-control-characters")
@JaxrsApplicationSelect(RestApplication.SELECT)
@PreMatching
@Priority(Priorities.AUTHENTICATION - 100)
public final class ControlCharacterCheck implements ContainerRequestFilter {
    @Override
    public void filter(ContainerRequestContext request) {
        String problem = problem(request);
        if (problem != null) {
            request.abortWith(Errors.response(400, problem));
        }
    }

    /** @return what is wrong with the request's address, or null if nothing is */
    static String problem(ContainerRequestContext request) {
        for (PathSegment segment : request.getUriInfo().getPathSegments(true)) {
            if (hasControl(segment.getPath())) {
                return "The path holds a control character";
            }
        }
        MultivaluedMap<String, String> parameters = request.getUriInfo().getQueryParameters(true);
        for (var parameter : parameters.entrySet()) {
            if (hasControl(parameter.getKey())) {
                return "A query parameter's name holds a control character";
            }
            for (String value : parameter.getValue()) {
                if (hasControl(value)) {
                    return "Parameter '" + parameter.getKey() + "' holds a control character";
                }
            }
        }
        return null;
    }

    private static boolean hasControl(String text) {
        return text.chars().anyMatch(Character::isISOControl);
    }
}
