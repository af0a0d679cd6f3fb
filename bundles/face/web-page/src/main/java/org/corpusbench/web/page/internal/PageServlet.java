package org.corpusbench.web.page.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.security.Principal;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import javax.security.auth.Subject;
import javax.servlet.Servlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.apache.karaf.jaas.boot.principal.RolePrincipal;
import org.corpusbench.api.auth.Authenticator;
import org.corpusbench.api.auth.CorpusRoles;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletName;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletPattern;

/**
 * The workbench page on its own URL, {@code /corpus/page/}: the static application (HTML, JS
 * modules, CSS, ECharts), which holds no data and is served to anyone, and {@code /corpus/page/me},
 * which tells the logged-in user's name and whether the page may offer admin controls. The data
 * itself comes from the REST API, which checks every request; hiding controls is a courtesy, not
 * the protection.
 */
@Component(service = Servlet.class)
@HttpWhiteboardServletName("corpusbench-page")
@HttpWhiteboardServletPattern(PageServlet.ROOT + "/*")
public final class PageServlet extends HttpServlet {
    static final String ROOT = "/corpus/page";
    /** The REST API's realm, so a browser that logged in to one reuses the login for the other. */
    static final String CHALLENGE = "Basic realm=\"Corpus Workbench\", charset=\"UTF-8\"";
    private static final long serialVersionUID = 1L;
    private final transient Authenticator authenticator;
    private final transient StaticFiles files = new StaticFiles(PageServlet.class.getClassLoader());

    /** @param authenticator logs users in for {@code /me} */
    @Activate
    public PageServlet(@Reference(name = "authenticator") Authenticator authenticator) {
        this.authenticator = authenticator;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo();
        if (path == null) {
            response.sendRedirect(ROOT + "/"); // relative module URLs need the trailing slash
        } else if (path.equals("/me")) {
            me(request, response);
        } else {
            send(path.equals("/") ? "/index.html" : path, response);
        }
    }

    private void send(String path, HttpServletResponse response) throws IOException {
        Optional<StaticFiles.File> file = files.find(path);
        if (file.isEmpty()) {
            response.sendError(404, "No such file of the page: " + path);
            return;
        }
        response.setContentType(file.get().mediaType());
        response.setHeader("Cache-Control", "no-cache");
        response.setHeader("X-Content-Type-Options", "nosniff");
        try (InputStream in = file.get().url().openStream(); OutputStream out = response.getOutputStream()) {
            in.transferTo(out);
        }
    }

    private void me(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<BasicCredentials> credentials = BasicCredentials.parse(request.getHeader("Authorization"));
        Optional<Subject> subject = Optional.empty();
        if (credentials.isPresent()) {
            try {
                subject = authenticator.authenticate(credentials.get().user(), credentials.get().password(), request.getRemoteAddr());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                response.sendError(503, "The server is stopping");
                return;
            }
        }
        if (subject.isEmpty()) {
            response.setHeader("WWW-Authenticate", CHALLENGE);
            response.sendError(401, "Log in with HTTP Basic authentication");
            return;
        }
        Set<String> roles = subject.get().getPrincipals(RolePrincipal.class).stream().map(Principal::getName)
                .collect(Collectors.toSet());
        response.setHeader("Cache-Control", "no-store");
        if (!roles.contains(CorpusRoles.READER) && !roles.contains(CorpusRoles.ADMIN)) {
            response.sendError(403, "The page needs the role " + CorpusRoles.READER + " or " + CorpusRoles.ADMIN);
            return;
        }
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(Me.json(credentials.get().user(), roles.contains(CorpusRoles.ADMIN)));
    }
}
