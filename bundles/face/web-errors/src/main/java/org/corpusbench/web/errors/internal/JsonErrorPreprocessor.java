package org.corpusbench.web.errors.internal;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.servlet.FilterChain;
import javax.servlet.FilterConfig;
import javax.servlet.ServletException;
import javax.servlet.ServletRequest;
import javax.servlet.ServletResponse;
import javax.servlet.UnavailableException;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import javax.servlet.http.HttpServletResponseWrapper;
import org.eclipse.jetty.http.BadMessageException;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.http.whiteboard.Preprocessor;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardFilterName;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * JSON errors for PUT, DELETE, OPTIONS and the other methods. Jetty 9.4 consults the context's error handler,
 * which Pax Web creates per context, and it renders error pages for GET, POST and HEAD only: for any other method
 * an error inside the context goes out with an empty body. So for those methods this writes the JSON body itself,
 * for {@code sendError} and for uncaught exceptions. GET, POST and HEAD keep Jetty's error dispatch to
 * {@link JsonErrorPageServlet}.
 */
@Component(service = Preprocessor.class)
@HttpWhiteboardFilterName("corpusbench-json-errors")
public final class JsonErrorPreprocessor implements Preprocessor {
    private static final Logger LOG = LoggerFactory.getLogger(JsonErrorPreprocessor.class);
    private static final Set<String> ERROR_PAGE_METHODS = Set.of("GET", "POST", "HEAD");

    @Override
    public void init(FilterConfig config) {
        // nothing to set up
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest httpRequest = (HttpServletRequest) request;
        if (ERROR_PAGE_METHODS.contains(httpRequest.getMethod())) {
            chain.doFilter(request, response);
            return;
        }
        HttpServletResponse json = new JsonSendError((HttpServletResponse) response);
        try {
            chain.doFilter(request, json);
        } catch (IOException | ServletException | RuntimeException failure) {
            if (response.isCommitted()) {
                throw failure;
            }
            // logged here because Jetty no longer sees it (as Jetty does: no stack for I/O); the response says nothing of it
            if (failure instanceof IOException) {
                LOG.warn("{} {} failed: {}", httpRequest.getMethod(), httpRequest.getRequestURI(), failure.toString());
            } else {
                LOG.warn("{} {} failed", httpRequest.getMethod(), httpRequest.getRequestURI(), failure);
            }
            sendFailure(json, failure);
        }
    }

    /** The status Jetty would send: a bad request's own (400, 413...), 503 when unavailable, else 500. */
    static void sendFailure(HttpServletResponse response, Throwable failure) throws IOException {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof BadMessageException bad) {
                response.sendError(bad.getCode(), bad.getReason());
                return;
            }
            if (cause instanceof UnavailableException) {
                response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
                return;
            }
        }
        response.sendError(HttpServletResponse.SC_INTERNAL_SERVER_ERROR);
    }

    @Override
    public void destroy() {
        // nothing to release
    }

    /** Answers {@code sendError} with the JSON body at once, instead of leaving it to Jetty's empty one. */
    static final class JsonSendError extends HttpServletResponseWrapper {
        JsonSendError(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void sendError(int status) throws IOException {
            sendError(status, null);
        }

        @Override
        public void sendError(int status, String message) throws IOException {
            if (status < 400) {
                super.sendError(status, message);
                return;
            }
            if (isCommitted()) {
                throw new IllegalStateException("Response already committed");
            }
            resetContent();
            JsonErrors.write(this, status, message);
            // committed, as after sendError: later status changes are ignored
            flushBuffer();
        }

        /**
         * Drops the content and its headers but keeps the others (WWW-Authenticate, Allow), as Jetty's sendError
         * does. Only reset() forgets a writer taken with another charset, and it drops every header: they are put
         * back unless reset() recreated them (Connection, the session cookie).
         */
        private void resetContent() {
            Map<String, List<String>> kept = new LinkedHashMap<>();
            for (String name : getHeaderNames()) {
                if (!name.regionMatches(true, 0, "Content-", 0, "Content-".length())) {
                    kept.put(name, List.copyOf(getHeaders(name)));
                }
            }
            reset();
            kept.forEach((name, values) -> {
                if (!containsHeader(name)) {
                    values.forEach(value -> addHeader(name, value));
                }
            });
        }
    }
}
