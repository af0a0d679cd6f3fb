package org.corpusbench.web.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.corpusbench.api.CorpusException;
import org.corpusbench.api.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Takes an authenticated request through the API: parses its path and query (400), finds its
 * route (404), checks the route's role (403) and, for a call that changes anything, cross-site
 * forgery (403); a heavy route then waits at the {@link WorkGate} (503 with Retry-After when it
 * is full). Every error is a JSON body; an unexpected failure is logged and answered without
 * its details.
 */
final class ApiDispatcher {
    private static final Logger LOG = LoggerFactory.getLogger(ApiDispatcher.class);

    private final CorpusApi api;
    private final Map<Route.Role, Set<String>> roles;
    private final WorkGate gate;
    private final JsonResponses json;

    /**
     * @param api the routes
     * @param roles for each route role, the user roles that grant it
     * @param gate bounds heavy work
     * @param json writes answers
     */
    ApiDispatcher(CorpusApi api, Map<Route.Role, Set<String>> roles, WorkGate gate, JsonResponses json) {
        this.api = api;
        this.roles = Map.copyOf(roles);
        this.gate = gate;
        this.json = json;
    }

    void dispatch(Set<String> userRoles, HttpServletRequest request, HttpServletResponse response) throws IOException {
        try {
            ApiRequest parsed = ApiRequest.parse(pathBelowRoot(request), request.getQueryString());
            Route route = null;
            Map<String, String> variables = null;
            for (Route candidate : api.routes()) {
                Optional<Map<String, String>> match = candidate.match(parsed.segments());
                if (match.isPresent() && candidate.method().equals(request.getMethod())) {
                    route = candidate;
                    variables = match.get();
                    break;
                }
            }
            if (route == null) {
                json.error(response, 404, "No resource at " + request.getMethod() + " " + CorpusRestServlet.ROOT + "/"
                        + String.join("/", parsed.segments()) + "; GET " + CorpusRestServlet.ROOT + "/ lists them all");
            } else if (userRoles.stream().noneMatch(roles.get(route.role())::contains)) {
                json.error(response, 403, "This needs the role " + String.join(" or ", roles.get(route.role())));
            } else {
                Optional<String> crossSite = route.safe() ? Optional.empty() : CrossSiteGuard.check(request);
                if (crossSite.isPresent()) {
                    json.error(response, 403, crossSite.get());
                } else {
                    run(route, new Route.Call(parsed, variables, request, response));
                }
            }
        } catch (NotFoundException e) {
            fail(response, 404, e.getMessage());
        } catch (Upload.TooLarge e) {
            fail(response, 413, e.getMessage());
        } catch (CorpusException e) {
            fail(response, 400, e.getMessage());
        } catch (RuntimeException e) {
            LOG.error("{} {} failed", request.getMethod(), request.getRequestURI(), e);
            fail(response, 500, "The server failed; its log has the details");
        } catch (IOException e) {
            if (response.isCommitted()) {
                throw e; // the client went away mid-answer, or the answer was abandoned
            }
            LOG.warn("{} {} failed: {}", request.getMethod(), request.getRequestURI(), e.toString());
            fail(response, 500, "The server could not read or write a file; its log has the details");
        }
    }

    /**
     * Answers with an error, unless a streamed answer has already begun: then its status is sent,
     * and the connection is cut so the client sees a truncated body rather than one that looks whole.
     */
    private void fail(HttpServletResponse response, int status, String message) throws IOException {
        if (response.isCommitted()) {
            LOG.warn("A streamed answer failed after it began: {}", message);
            throw new IOException("Answer abandoned: " + message);
        }
        json.error(response, status, message);
    }

    private void run(Route route, Route.Call call) throws IOException {
        if (!route.heavy()) {
            route.handler().handle(call);
            return;
        }
        Optional<WorkGate.Permit> permit;
        try {
            permit = gate.enter();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            permit = Optional.empty();
        }
        if (permit.isEmpty()) {
            refuseBusy(route, call);
            return;
        }
        try (WorkGate.Permit held = permit.get()) {
            route.handler().handle(call);
        }
    }

    /**
     * 503 with Retry-After. The body of the refused request is read and dropped first (up to the
     * segmentation limit), so the client gets the answer instead of a connection reset mid-upload.
     */
    private void refuseBusy(Route route, Route.Call call) throws IOException {
        if (!route.safe()) {
            drain(call);
        }
        call.response().setHeader("Retry-After", "5");
        call.response().setHeader("Connection", "close");
        json.error(call.response(), 503, "The server is busy with other large requests; try again in a few seconds");
    }

    private static void drain(Route.Call call) {
        try (InputStream body = call.http().getInputStream()) {
            byte[] buffer = new byte[1 << 16];
            long left = SegmentResource.MAX_BYTES;
            for (int read = body.read(buffer); read > 0 && left > 0; read = body.read(buffer)) {
                left -= read;
            }
        } catch (IOException e) {
            // the client went away or sent less than it announced: the answer is still worth trying
        }
    }

    /** @return the raw, still percent-encoded request path below {@link CorpusRestServlet#ROOT} */
    private static String pathBelowRoot(HttpServletRequest request) {
        String uri = request.getRequestURI();
        String prefix = request.getContextPath() + CorpusRestServlet.ROOT;
        if (!uri.startsWith(prefix)) {
            throw new CorpusException("Address the API as " + CorpusRestServlet.ROOT + "/... without encoding its root");
        }
        return uri.substring(prefix.length());
    }
}
