package org.corpusbench.web.page.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import javax.security.auth.Subject;
import javax.servlet.ServletOutputStream;
import javax.servlet.WriteListener;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.apache.karaf.jaas.boot.principal.RolePrincipal;
import org.corpusbench.api.auth.Authenticator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PageServletTest {
    private final Authenticator authenticator = mock(Authenticator.class);
    private final PageServlet servlet = new PageServlet(authenticator);
    private final HttpServletRequest request = mock(HttpServletRequest.class);
    private final HttpServletResponse response = mock(HttpServletResponse.class);
    private final StringWriter text = new StringWriter();
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();

    @BeforeEach
    void respond() throws Exception {
        when(response.getWriter()).thenReturn(new PrintWriter(text, true));
        when(response.getOutputStream()).thenReturn(new ServletOutputStream() {
            @Override
            public void write(int b) {
                bytes.write(b);
            }

            @Override
            public boolean isReady() {
                return true;
            }

            @Override
            public void setWriteListener(WriteListener listener) {
            }
        });
        when(request.getRemoteAddr()).thenReturn("192.0.2.7");
    }

    private void get(String path, String authorization) throws Exception {
        when(request.getPathInfo()).thenReturn(path);
        when(request.getHeader("Authorization")).thenReturn(authorization);
        servlet.doGet(request, response);
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    private static Subject withRoles(String... roles) {
        Subject subject = new Subject();
        for (String role : roles) {
            subject.getPrincipals().add(new RolePrincipal(role));
        }
        return subject;
    }

    @Test
    void meWithoutCredentialsIsChallengedInTheApisRealm() throws Exception {
        get("/me", null);
        verify(response).setHeader("WWW-Authenticate", PageServlet.CHALLENGE);
        verify(response).sendError(eq(401), anyString());
        verify(authenticator, never()).authenticate(anyString(), anyString(), anyString());
    }

    @Test
    void meWithWrongCredentialsIsChallenged() throws Exception {
        when(authenticator.authenticate("admin", "wrong", "192.0.2.7")).thenReturn(Optional.empty());
        get("/me", basic("admin", "wrong"));
        verify(response).sendError(eq(401), anyString());
    }

    @Test
    void meWithoutACorpusRoleIsRefused() throws Exception {
        when(authenticator.authenticate("karaf", "pw", "192.0.2.7")).thenReturn(Optional.of(withRoles("admin", "viewer")));
        get("/me", basic("karaf", "pw"));
        verify(response).sendError(eq(403), anyString());
        assertEquals("", text.toString());
    }

    @Test
    void meTellsWhetherTheUserIsACorpusAdmin() throws Exception {
        when(authenticator.authenticate("reader", "pw", "192.0.2.7")).thenReturn(Optional.of(withRoles("corpus-reader")));
        get("/me", basic("reader", "pw"));
        assertEquals("{\"user\":\"reader\",\"admin\":false}", text.toString());

        text.getBuffer().setLength(0);
        when(authenticator.authenticate("boss", "pw", "192.0.2.7")).thenReturn(Optional.of(withRoles("corpus-admin")));
        get("/me", basic("boss", "pw"));
        assertEquals("{\"user\":\"boss\",\"admin\":true}", text.toString());
    }

    @Test
    void theRootServesTheIndexAndNoPathRedirectsToIt() throws Exception {
        get("/", null);
        verify(response).setContentType("text/html; charset=UTF-8");
        assertTrue(bytes.toString(StandardCharsets.UTF_8).contains("<div id=\"corpus-app\">"));
        get(null, null);
        verify(response).sendRedirect("/corpus/page/");
    }

    @Test
    void filesOutsideThePageAre404() throws Exception {
        get("/../org/corpusbench/web/page/internal/Me.class", null);
        verify(response).sendError(eq(404), anyString());
        assertEquals(0, bytes.size());
    }
}
