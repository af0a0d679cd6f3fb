package org.corpusbench.web.errors.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.EnumSet;
import javax.servlet.DispatcherType;
import javax.servlet.ServletException;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.eclipse.jetty.http.BadMessageException;
import org.eclipse.jetty.server.LocalConnector;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.servlet.ErrorPageErrorHandler;
import org.eclipse.jetty.servlet.FilterHolder;
import org.eclipse.jetty.servlet.ServletContextHandler;
import org.eclipse.jetty.servlet.ServletHolder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Errors inside a context of a real Jetty 9.4, set up as Pax Web sets up the default whiteboard context: an
 * ErrorPageErrorHandler mapping "4xx", "5xx" and Throwable to the error page, the preprocessor in front.
 */
class ContextErrorsTest {
    private static final String SECRET = "/opt/karaf/data/corpora/secret.txt";
    private static Server server;
    private static LocalConnector connector;

    /** A servlet failing in the given way for every method. */
    private static ServletHolder failing(Failure failure) {
        return new ServletHolder(new HttpServlet() {
            private static final long serialVersionUID = 1L;

            @Override
            protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException, ServletException {
                response.getWriter().write("partial output");
                failure.fail(response);
            }
        });
    }

    private interface Failure {
        void fail(HttpServletResponse response) throws IOException, ServletException;
    }

    @BeforeAll
    static void start() throws Exception {
        server = new Server();
        connector = new LocalConnector(server);
        server.addConnector(connector);
        ServletContextHandler context = new ServletContextHandler(ServletContextHandler.NO_SESSIONS);
        context.addServlet(new ServletHolder(new JsonErrorPageServlet()), "/error-1234");
        // as Pax Web's Default404Servlet: 404 for every method
        context.addServlet(failing(response -> response.sendError(404)), "/");
        context.addServlet(failing(response -> {
            throw new IllegalStateException("cannot read " + SECRET);
        }), "/boom");
        context.addServlet(failing(response -> response.sendError(409, "No corpus at " + SECRET)), "/conflict");
        context.addServlet(failing(response -> {
            throw new ServletException(new BadMessageException(413, "Form too large"));
        }), "/too-large");
        context.addServlet(failing(response -> {
            response.setHeader("WWW-Authenticate", "Basic realm=\"test\"");
            response.sendError(401);
        }), "/login");
        context.addFilter(new FilterHolder(new JsonErrorPreprocessor()), "/*", EnumSet.of(DispatcherType.REQUEST));
        ErrorPageErrorHandler errors = new ErrorPageErrorHandler();
        errors.addErrorPage(400, 499, "/error-1234");
        errors.addErrorPage(500, 599, "/error-1234");
        errors.addErrorPage(Throwable.class, "/error-1234");
        context.setErrorHandler(errors);
        server.setHandler(context);
        server.start();
    }

    @AfterAll
    static void stop() throws Exception {
        server.stop();
    }

    private static RawResponse send(String method, String path, String headers) throws Exception {
        return RawResponse.parse(connector.getResponse(method + " " + path + " HTTP/1.1\r\nHost: localhost\r\n" + headers
                + "Content-Length: 0\r\nConnection: close\r\n\r\n"));
    }

    private static void assertJson(RawResponse response, int status, String error) {
        assertEquals(status, response.status(), response::raw);
        assertEquals("application/json;charset=utf-8", response.header("Content-Type"));
        assertEquals("must-revalidate,no-cache,no-store", response.header("Cache-Control"));
        assertEquals("{\"status\":" + status + ",\"error\":\"" + error + "\"}", response.body());
        assertFalse(response.raw().contains("secret"), response::raw);
        assertFalse(response.raw().contains("Exception"), response::raw);
    }

    @ParameterizedTest
    @ValueSource(strings = {"GET", "POST", "DELETE", "PUT", "PATCH", "OPTIONS"})
    void unknownPathForEveryMethodEvenFromABrowser(String method) throws Exception {
        assertJson(send(method, "/nothing-here", "Accept: text/html\r\n"), 404, "Not Found");
    }

    @ParameterizedTest
    @ValueSource(strings = {"GET", "POST", "DELETE", "PUT"})
    void exceptionGivesNoMessageNoPathNoStackNoPartialOutput(String method) throws Exception {
        assertJson(send(method, "/boom", ""), 500, "Internal Server Error");
    }

    @ParameterizedTest
    @ValueSource(strings = {"GET", "DELETE"})
    void sendErrorMessageWithAPathIsReplaced(String method) throws Exception {
        assertJson(send(method, "/conflict", ""), 409, "Conflict");
    }

    @ParameterizedTest
    @ValueSource(strings = {"POST", "PUT"})
    void unreadableRequestKeepsJettysStatus(String method) throws Exception {
        assertJson(send(method, "/too-large", ""), 413, "Form too large");
    }

    @ParameterizedTest
    @ValueSource(strings = {"GET", "DELETE"})
    void headersOtherThanContentAreKept(String method) throws Exception {
        RawResponse response = send(method, "/login", "");
        assertJson(response, 401, "Unauthorized");
        assertEquals("Basic realm=\"test\"", response.header("WWW-Authenticate"));
    }

    @Test
    void errorPageReachedDirectlyIsNotFound() throws Exception {
        assertJson(send("GET", "/error-1234", ""), 404, "Not Found");
    }

    @Test
    void headHasNoBody() throws Exception {
        RawResponse response = send("HEAD", "/nothing-here", "");
        assertEquals(404, response.status());
        assertTrue(response.body().isEmpty());
    }
}
