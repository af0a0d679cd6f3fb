package org.corpusbench.web.errors.jetty;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.util.Map;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.eclipse.jetty.server.LocalConnector;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.handler.AbstractHandler;
import org.eclipse.jetty.util.resource.Resource;
import org.eclipse.jetty.xml.XmlConfiguration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A Jetty 9.4 server configured by the fragment's jetty.xml, as Pax Web applies it, answering raw requests. */
class JsonErrorHandlerTest {
    private static Server server;
    private static LocalConnector connector;

    @BeforeAll
    static void start() throws Exception {
        server = new Server();
        connector = new LocalConnector(server);
        server.addConnector(connector);
        XmlConfiguration jettyXml = new XmlConfiguration(Resource.newResource(JsonErrorHandler.class.getResource("/jetty.xml")));
        jettyXml.getIdMap().putAll(Map.of("Server", server));
        jettyXml.configure();
        server.setHandler(new AbstractHandler() {
            @Override
            public void handle(String target, Request baseRequest, HttpServletRequest request, HttpServletResponse response) {
                if (target.equals("/boom")) {
                    throw new IllegalStateException("cannot read /opt/karaf/etc/secret.cfg");
                }
                // anything else is left unhandled: the server's 404, outside any context
            }
        });
        server.start();
    }

    @AfterAll
    static void stop() throws Exception {
        server.stop();
    }

    private static RawResponse send(String requestLine, String headers) throws Exception {
        return RawResponse.parse(connector.getResponse(requestLine + "\r\nHost: localhost\r\n" + headers + "Connection: close\r\n\r\n"));
    }

    private static void assertJson(RawResponse response, int status, String error) {
        assertEquals(status, response.status(), response::raw);
        assertEquals("application/json;charset=utf-8", response.header("Content-Type"));
        assertEquals("must-revalidate,no-cache,no-store", response.header("Cache-Control"));
        assertEquals("{\"status\":" + status + ",\"error\":\"" + error + "\"}", response.body());
    }

    @Test
    void jettyXmlInstallsTheHandler() {
        assertInstanceOf(JsonErrorHandler.class, server.getErrorHandler());
    }

    @Test
    void nulInTheUri() throws Exception {
        assertJson(send("GET /corpus/api/corpora/%00 HTTP/1.1", ""), 400, "Bad Request");
    }

    @Test
    void dotDotAboveTheRoot() throws Exception {
        assertJson(send("GET /corpus/../../etc/passwd HTTP/1.1", ""), 400, "Bad Request");
    }

    @Test
    void uriTooLong() throws Exception {
        assertJson(send("GET /corpus/api/" + "a".repeat(20_000) + " HTTP/1.1", ""), 414, "URI Too Long");
    }

    @Test
    void headersTooLarge() throws Exception {
        assertJson(send("GET /corpus/api/corpora HTTP/1.1", "X-Big: " + "b".repeat(20_000) + "\r\n"), 431,
                "Request Header Fields Too Large");
    }

    @Test
    void badHost() throws Exception {
        assertJson(send("GET /corpus/api/corpora HTTP/1.1", "Host: foo:99999\r\n"), 400, "Bad HostPort");
    }

    @Test
    void badMethodIsNotEchoed() throws Exception {
        RawResponse response = send("G(T /corpus/api/corpora HTTP/1.1", "");
        assertEquals("{\"status\":400,\"error\":\"Bad Request\"}", response.body());
    }

    @ParameterizedTest
    @ValueSource(strings = {"GET", "DELETE", "PUT", "OPTIONS"})
    void noContextIsJsonForEveryMethodAndAccept(String method) throws Exception {
        assertJson(send(method + " /nothing-here HTTP/1.1", "Accept: text/html\r\nContent-Length: 0\r\n"), 404, "Not Found");
    }

    @Test
    void exceptionShowsNeitherMessageNorStack() throws Exception {
        RawResponse response = send("GET /boom HTTP/1.1", "");
        assertJson(response, 500, "Internal Server Error");
        assertFalse(response.raw().contains("secret"), response::raw);
    }
}
