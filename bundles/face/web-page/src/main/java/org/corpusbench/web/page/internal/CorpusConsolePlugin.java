package org.corpusbench.web.page.internal;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.List;
import javax.security.auth.Subject;
import javax.servlet.Servlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.apache.karaf.jaas.boot.principal.RolePrincipal;
import org.corpusbench.api.CorpusInfo;
import org.corpusbench.api.CorpusRepository;
import org.corpusbench.api.analysis.AnalysisDescriptor;
import org.corpusbench.api.analysis.AnalysisService;
import org.corpusbench.api.auth.CorpusRoles;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The Corpus page of the Felix web console ({@code /system/console/corpus}): the page's application
 * (served by {@link PageServlet}, which logs the user in to the REST API itself), and, for a
 * browser without scripts, corpora, analyses and download links written here. A plain servlet with the console's plugin properties, so the bundle needs no
 * compile or run-time dependency on the console (whose API package here is 3.4.0). The console
 * wraps what it writes in its own page.
 */
@Component(service = Servlet.class, property = {"felix.webconsole.label=corpus", "felix.webconsole.title=Corpus",
        "felix.webconsole.category=Corpus Workbench"})
public final class CorpusConsolePlugin extends HttpServlet {
    private static final long serialVersionUID = 1L;
    /** Where Karaf's console security provider leaves the JAAS subject it logged in (its {@code JaasSecurityProvider}). */
    static final String CONSOLE_SUBJECT = "karaf.subject.runas";
    /** The REST API the download links point at (version 1, as the page's scripts use). */
    static final String API = "/corpus/api/v1";
    private final transient CorpusRepository repository;
    private final transient AnalysisService analyses;

    /**
     * @param repository the corpora
     * @param analyses the available analyses
     */
    @Activate
    public CorpusConsolePlugin(@Reference(name = "repository") CorpusRepository repository,
            @Reference(name = "analyses") AnalysisService analyses) {
        this.repository = repository;
        this.analyses = analyses;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType("text/html; charset=UTF-8");
        PrintWriter out = response.getWriter();
        if (!mayRead(request.getAttribute(CONSOLE_SUBJECT))) {
            response.setStatus(403);
            out.println("<p>This page needs the role " + CorpusRoles.READER + " or " + CorpusRoles.ADMIN + ".</p>");
            return;
        }
        out.println("<link rel='stylesheet' href='" + PageServlet.ROOT + "/app.css'>");
        out.println("<div id='corpus-app' class='corpus-app'></div>");
        out.println("<script type='module' src='" + PageServlet.ROOT + "/app.js'></script>");
        out.println("<noscript>");
        List<AnalysisDescriptor> available = analyses.analyses();
        out.println("<h2>Corpora</h2>");
        out.println("<table class='nicetable'><thead><tr><th>Name</th><th>Sources</th><th>Documents</th><th>Tokens</th>"
                + "<th>Types</th><th>Segmenter</th><th>Downloads</th></tr></thead><tbody>");
        List<CorpusInfo> corpora = repository.list();
        if (corpora.isEmpty()) {
            out.println("<tr><td colspan='7'>No corpora. Load one with <code>corpus:load</code>.</td></tr>");
        }
        for (CorpusInfo corpus : corpora) {
            out.print("<tr><td>" + html(corpus.name()) + "</td><td>" + corpus.sources() + "</td><td>" + corpus.documents()
                    + "</td><td>" + corpus.tokens() + "</td><td>" + corpus.types() + "</td><td>" + html(corpus.segmenter())
                    + "</td><td>");
            for (AnalysisDescriptor analysis : available) {
                out.print(html(analysis.name()) + ": " + link(corpus.name(), analysis.name(), "csv") + " "
                        + link(corpus.name(), analysis.name(), "json") + "<br>");
            }
            out.println("</td></tr>");
        }
        out.println("</tbody></table>");
        out.println("<h2>Analyses</h2>");
        out.println("<table class='nicetable'><thead><tr><th>Name</th><th>Title</th><th>Description</th><th>Parameters</th>"
                + "<th>Bundle</th></tr></thead><tbody>");
        for (AnalysisDescriptor analysis : available) {
            StringBuilder parameters = new StringBuilder();
            analysis.parameters().forEach(p -> parameters.append(html(p.name())).append(" (").append(p.type().name().toLowerCase())
                    .append(p.required() ? ", required" : ", default " + html(p.defaultValue())).append("): ")
                    .append(html(p.description())).append("<br>"));
            out.println("<tr><td>" + html(analysis.name()) + "</td><td>" + html(analysis.title()) + "</td><td>"
                    + html(analysis.description()) + "</td><td>" + parameters + "</td><td>" + html(analysis.bundle()) + " "
                    + html(analysis.version()) + "</td></tr>");
        }
        out.println("</tbody></table>");
        out.println("</noscript>");
    }

    /**
     * The console has already logged the user in (Karaf's console admits its {@code admin} role);
     * the page also wants a corpus role, as REST does. Karaf's console security provider leaves the
     * JAAS subject in a request attribute; anything else admits nobody.
     */
    static boolean mayRead(Object consoleUser) {
        return consoleUser instanceof Subject subject && subject.getPrincipals(RolePrincipal.class).stream()
                .map(Principal::getName).anyMatch(role -> role.equals(CorpusRoles.READER) || role.equals(CorpusRoles.ADMIN));
    }

    static String link(String corpus, String analysis, String format) {
        String href = API + "/analyses/" + encode(analysis) + "/export?corpus=" + encode(corpus) + "&format=" + format;
        return "<a href='" + html(href) + "'>" + format.toUpperCase() + "</a>";
    }

    private static String encode(String segment) {
        return URLEncoder.encode(segment, StandardCharsets.UTF_8).replace("+", "%20");
    }

    static String html(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;").replace("'", "&#39;");
    }
}
