package org.corpusbench.web.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.servlet.Servlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.corpusbench.api.CorpusImporter;
import org.corpusbench.api.CorpusRepository;
import org.corpusbench.api.Segmenter;
import org.corpusbench.api.analysis.AnalysisService;
import org.corpusbench.api.Subcorpora;
import org.corpusbench.api.auth.Authenticator;
import org.corpusbench.api.export.CorpusExporter;
import org.corpusbench.api.export.Exporter;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletName;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletPattern;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * Serves {@link CorpusApi} at {@code /corpus/api/*} to users who log in with HTTP Basic
 * authentication (401 otherwise); {@link ApiDispatcher} does the rest.
 */
@Component(service = Servlet.class, configurationPid = "org.corpusbench.web.rest")
@HttpWhiteboardServletName("corpusbench-rest")
@HttpWhiteboardServletPattern(CorpusRestServlet.ROOT + "/*")
@Designate(ocd = CorpusRestServlet.Config.class)
public final class CorpusRestServlet extends HttpServlet {
    static final String ROOT = "/corpus/api";
    private static final long serialVersionUID = 1L;

    @ObjectClassDefinition(name = "Corpus REST API", description = "Who may use /corpus/api, and how much it takes on at once.")
    @interface Config {
        @AttributeDefinition(name = "Reader roles", description = "A user with one of these may read, analyse and export.")
        String[] reader_roles() default {"corpus-reader", "corpus-admin"};

        @AttributeDefinition(name = "Admin roles", description = "A user with one of these may also load, change and delete.")
        String[] admin_roles() default {"corpus-admin"};

        @AttributeDefinition(name = "Largest upload", description = "Bytes; a larger upload is refused with 413.")
        long upload_max_bytes() default 512L << 20;

        @AttributeDefinition(name = "Heavy requests at once", description = "Segmentation, exports, analyses and imports "
                + "running at the same time; 0 means one per processor.")
        int heavy_concurrency() default 0;

        @AttributeDefinition(name = "Heavy requests waiting", description = "How many more may wait; beyond that the answer "
                + "is 503 with Retry-After.")
        int heavy_queue() default 4;
    }

    private final transient BasicAuthenticator authenticator;
    private final transient JsonResponses json = new JsonResponses();
    private final transient ApiDispatcher dispatcher;

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile List<Exporter> exporters;

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile List<CorpusExporter> corpusExporters;

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile List<Map.Entry<Map<String, Object>, Segmenter>> segmenters;

    /**
     * @param config roles, upload limit and work bounds
     * @param context for Karaf's data folder, where uploads and segmentation bodies are spooled
     * @param repository the corpora
     * @param analyses runs analyses
     * @param subcorpora reads selections and keeps named subcorpora
     * @param importer imports uploads
     * @param authenticator logs users in
     * @throws IOException if the leftovers of earlier uploads cannot be removed
     */
    @Activate
    public CorpusRestServlet(Config config, BundleContext context, @Reference(name = "repository") CorpusRepository repository,
            @Reference(name = "analyses") AnalysisService analyses, @Reference(name = "subcorpora") Subcorpora subcorpora,
            @Reference(name = "importer") CorpusImporter importer,
            @Reference(name = "authenticator") Authenticator authenticator) throws IOException {
        this.authenticator = new BasicAuthenticator(authenticator, Clock.systemUTC());
        int concurrency = config.heavy_concurrency() > 0 ? config.heavy_concurrency() : Runtime.getRuntime().availableProcessors();
        Path data = Path.of(context.getProperty("karaf.data"));
        // under ${karaf.data}/import, one of the default import roots, so the importer may read them
        Path uploads = data.resolve("import").resolve("uploads");
        Path spool = data.resolve("web").resolve("spool");
        Upload.removeLeftovers(uploads);
        Upload.removeLeftovers(spool);
        Files.createDirectories(uploads);
        CorpusApi api = new CorpusApi(repository, analyses, subcorpora, () -> exporters, () -> corpusExporters,
                new CorpusApi.Uploads(importer, uploads, config.upload_max_bytes()),
                new SegmentResource(this::segmentersByName, spool, json), json);
        this.dispatcher = new ApiDispatcher(api, Map.of(Route.Role.READER, Set.of(config.reader_roles()),
                Route.Role.ADMIN, Set.of(config.admin_roles())), new WorkGate(concurrency, Math.max(0, config.heavy_queue())), json);
    }

    private Map<String, Segmenter> segmentersByName() {
        Map<String, Segmenter> byName = new HashMap<>();
        segmenters.forEach(entry -> byName.put(String.valueOf(entry.getKey().get(Segmenter.NAME)), entry.getValue()));
        return byName;
    }

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<Set<String>> userRoles;
        try {
            userRoles = authenticator.roles(request.getHeader("Authorization"), request.getRemoteAddr());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            json.error(response, 503, "The server is stopping");
            return;
        }
        if (userRoles.isEmpty()) {
            response.setHeader("WWW-Authenticate", "Basic realm=\"Corpus Workbench\", charset=\"UTF-8\"");
            json.error(response, 401, "Log in with HTTP Basic authentication");
            return;
        }
        dispatcher.dispatch(userRoles.get(), request, response);
    }
}
