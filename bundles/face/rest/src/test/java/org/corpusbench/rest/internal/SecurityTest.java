package org.corpusbench.rest.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.security.auth.Subject;
import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;
import javax.ws.rs.core.UriInfo;
import org.apache.karaf.jaas.boot.principal.RolePrincipal;
import org.corpusbench.api.auth.Authenticator;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

class SecurityTest {
    private static final Map<Role, Set<String>> GRANTS = Map.of(Role.READER, Set.of("corpus-reader", "corpus-admin"),
            Role.ADMIN, Set.of("corpus-admin"));

    /** Users: reader/r (corpus-reader), admin/a (corpus-admin), viewer/v (Karaf's viewer only). */
    private final Authenticator authenticator = (user, password, address) -> switch (user + ":" + password) {
        case "reader:r" -> Optional.of(subject("corpus-reader"));
        case "admin:a" -> Optional.of(subject("corpus-admin"));
        case "viewer:v" -> Optional.of(subject("viewer"));
        default -> Optional.empty();
    };
    private final AuthenticationFilter authentication = new AuthenticationFilter(new BasicLogins(authenticator,
            Clock.systemUTC()), GRANTS);

    private static Subject subject(String role) {
        Subject subject = new Subject();
        subject.getPrincipals().add(new RolePrincipal(role));
        return subject;
    }

    private static ContainerRequestContext request(String method, String user, String password, String... headers) {
        ContainerRequestContext request = mock(ContainerRequestContext.class);
        Map<String, String> all = new HashMap<>();
        all.put("Host", "127.0.0.1:8181");
        if (user != null) {
            all.put("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":" + password)
                    .getBytes(StandardCharsets.UTF_8)));
        }
        for (int i = 0; i < headers.length; i += 2) {
            all.put(headers[i], headers[i + 1]);
        }
        when(request.getMethod()).thenReturn(method);
        when(request.getHeaderString(any())).thenAnswer(call -> all.get(call.getArgument(0, String.class)));
        UriInfo uri = mock(UriInfo.class);
        when(uri.getRequestUri()).thenReturn(URI.create("http://127.0.0.1:8181/corpus/api/v1/corpora"));
        when(request.getUriInfo()).thenReturn(uri);
        return request;
    }

    private static Response abortOf(ContainerRequestContext request) {
        ArgumentCaptor<Response> response = ArgumentCaptor.forClass(Response.class);
        verify(request).abortWith(response.capture());
        return response.getValue();
    }

    private User authenticated(ContainerRequestContext request) {
        authentication.filter(request);
        verify(request, never()).abortWith(any());
        ArgumentCaptor<SecurityContext> user = ArgumentCaptor.forClass(SecurityContext.class);
        verify(request).setSecurityContext(user.capture());
        return assertInstanceOf(User.class, user.getValue());
    }

    @Test
    void withoutOrWithWrongCredentials401WithAChallengeAndAJsonBody() {
        for (ContainerRequestContext request : new ContainerRequestContext[] {request("GET", null, null),
                request("GET", "reader", "wrong"), request("GET", "nobody", "r")}) {
            authentication.filter(request);
            Response answer = abortOf(request);
            assertEquals(401, answer.getStatus());
            assertTrue(answer.getHeaderString("WWW-Authenticate").startsWith("Basic realm="));
            assertEquals(new Wire.Error(401, "Log in with HTTP Basic authentication"), answer.getEntity());
        }
    }

    @Test
    void aReaderMayReadButNotAdminister() {
        User reader = authenticated(request("GET", "reader", "r"));
        assertEquals("reader", reader.getUserPrincipal().getName());
        ContainerRequestContext readCall = mock(ContainerRequestContext.class);
        when(readCall.getSecurityContext()).thenReturn(reader);
        new RoleCheck.Filter(Role.READER).filter(readCall);
        verify(readCall, never()).abortWith(any());

        ContainerRequestContext adminCall = mock(ContainerRequestContext.class);
        when(adminCall.getSecurityContext()).thenReturn(reader);
        new RoleCheck.Filter(Role.ADMIN).filter(adminCall);
        Response refused = abortOf(adminCall);
        assertEquals(403, refused.getStatus());
        assertEquals("This needs the role corpus-admin (the API's admin role)", ((Wire.Error) refused.getEntity()).error());
    }

    @Test
    void anAdminMayDoBothAndAViewerNeither() {
        User admin = authenticated(request("GET", "admin", "a"));
        assertTrue(admin.has(Role.READER) && admin.has(Role.ADMIN));
        assertTrue(admin.isUserInRole("admin"));
        User viewer = authenticated(request("GET", "viewer", "v"));
        ContainerRequestContext call = mock(ContainerRequestContext.class);
        when(call.getSecurityContext()).thenReturn(viewer);
        new RoleCheck.Filter(Role.READER).filter(call);
        assertEquals(403, abortOf(call).getStatus());
    }

    @Test
    void aMethodWithoutARoleIsRefusedEvenToAnAdmin() {
        User admin = authenticated(request("GET", "admin", "a"));
        ContainerRequestContext call = mock(ContainerRequestContext.class);
        when(call.getSecurityContext()).thenReturn(admin);
        new RoleCheck.Filter(null).filter(call);
        assertEquals(403, abortOf(call).getStatus());
    }

    @Test
    void withoutAnAuthenticatedUserTheRoleCheckAnswers401() {
        ContainerRequestContext call = mock(ContainerRequestContext.class);
        when(call.getSecurityContext()).thenReturn(null);
        new RoleCheck.Filter(Role.READER).filter(call);
        assertEquals(401, abortOf(call).getStatus());
    }

    @Test
    void aChangeFromAnotherSiteOrWithoutTheHeaderIsRefused() {
        ContainerRequestContext bare = request("POST", "admin", "a");
        authentication.filter(bare);
        Response refused = abortOf(bare);
        assertEquals(403, refused.getStatus());
        assertTrue(((Wire.Error) refused.getEntity()).error().contains(CrossSiteCheck.HEADER));

        ContainerRequestContext foreign = request("DELETE", "admin", "a", CrossSiteCheck.HEADER, "x",
                "Origin", "http://evil.example");
        authentication.filter(foreign);
        assertEquals(403, abortOf(foreign).getStatus());

        authenticated(request("POST", "admin", "a", CrossSiteCheck.HEADER, "tool", "Origin", "http://127.0.0.1:8181"));
        authenticated(request("PUT", "admin", "a", CrossSiteCheck.STANDARD_HEADER, "XMLHttpRequest"));
        authenticated(request("POST", "admin", "a", "Content-Type", "application/json"));
    }

    @Test
    void crossSiteRulesLikeTheServletApi() {
        Map<String, String> headers = new HashMap<>(Map.of("Host", "localhost"));
        assertTrue(CrossSiteCheck.check("GET", "http", headers::get).isEmpty());
        assertTrue(CrossSiteCheck.check("POST", "http", headers::get).isPresent());
        headers.put("Content-Type", "text/plain; charset=UTF-8");
        assertTrue(CrossSiteCheck.check("POST", "http", headers::get).isPresent());
        headers.put(CrossSiteCheck.HEADER, "x");
        assertTrue(CrossSiteCheck.check("POST", "http", headers::get).isEmpty());
        headers.put("Referer", "http://localhost:80/system/console/corpus");
        assertTrue(CrossSiteCheck.check("POST", "http", headers::get).isEmpty());
        headers.put("Referer", "http://localhost.evil.example/");
        assertTrue(CrossSiteCheck.check("POST", "http", headers::get).isPresent());
    }

    @Test
    void errorsKeepTheirShapeAndHideServerDetails() {
        Response notFound = new UserErrors().toResponse(new org.corpusbench.api.NotFoundException("corpus", "x"));
        assertEquals(404, notFound.getStatus());
        Response bad = new UserErrors().toResponse(new org.corpusbench.api.CorpusException("Parameter 'limit' is wrong"));
        assertEquals(new Wire.Error(400, "Parameter 'limit' is wrong"), bad.getEntity());
        Response failed = new ServerErrors().toResponse(new IllegalStateException("/secret/path exploded"));
        assertEquals(500, failed.getStatus());
        assertTrue(!((Wire.Error) failed.getEntity()).error().contains("secret"));
        Response notAllowed = new HttpErrors().toResponse(new javax.ws.rs.NotAllowedException("GET"));
        assertEquals(405, notAllowed.getStatus());
        assertEquals("GET", notAllowed.getHeaderString("Allow"));
        assertEquals(405, ((Wire.Error) notAllowed.getEntity()).status());
    }
}
