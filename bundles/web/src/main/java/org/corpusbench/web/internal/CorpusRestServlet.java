package org.corpusbench.web.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.servlet.Servlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.corpusbench.api.CorpusImporter;
import org.corpusbench.api.CorpusRepository;
import org.corpusbench.api.Segmenter;
import org.corpusbench.api.analysis.AnalysisService;
import org.corpusbench.api.export.CorpusExporter;
import org.corpusbench.api.export.Exporter;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletPattern;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Serves {@link CorpusApi} at {@code /corpus/api/*} to users of a Karaf JAAS realm holding a configured role. */
@Component(service = Servlet.class, configurationPid = "org.corpusbench.web.rest")
@HttpWhiteboardServletPattern("/corpus/api/*")
@Designate(ocd = CorpusRestServlet.Config.class)
public final class CorpusRestServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    @ObjectClassDefinition(name = "Corpus REST API", description = "Who may use /corpus/api.")
    @interface Config {
        @AttributeDefinition(name = "JAAS realm")
        String realm() default "karaf";

        @AttributeDefinition(name = "Roles", description = "A user needs one of these roles.")
        String[] roles() default {"admin"};

        @AttributeDefinition(name = "Largest upload", description = "Bytes; a larger upload is refused with 413.")
        long upload_max_bytes() default 512L << 20;
    }

    private final transient BasicAuthenticator authenticator;
    private final transient JsonResponses json = new JsonResponses();
    private final transient CorpusApi api;

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
     * @param config realm, roles and upload limit
     * @param context for Karaf's data folder, where uploads go
     * @param repository the corpora
     * @param analyses runs analyses
     * @param importer imports uploads
     */
    @Activate
    public CorpusRestServlet(Config config, BundleContext context, @Reference(name = "repository") CorpusRepository repository,
            @Reference(name = "analyses") AnalysisService analyses, @Reference(name = "importer") CorpusImporter importer) {
        this.authenticator = new BasicAuthenticator(config.realm(), Set.of(config.roles()));
        // under ${karaf.data}/import, one of the default import roots
        Path uploads = Path.of(context.getProperty("karaf.data"), "import", "uploads");
        this.api = new CorpusApi(repository, analyses, () -> exporters, () -> corpusExporters,
                new CorpusApi.Uploads(importer, uploads, config.upload_max_bytes()), this::segmentersByName);
    }

    private Map<String, Segmenter> segmentersByName() {
        Map<String, Segmenter> byName = new HashMap<>();
        segmenters.forEach(entry -> byName.put(String.valueOf(entry.getKey().get(Segmenter.NAME)), entry.getValue()));
        return byName;
    }

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        switch (authenticator.check(request.getHeader("Authorization"))) {
            case UNAUTHENTICATED -> {
                response.setHeader("WWW-Authenticate", "Basic realm=\"Corpus Workbench\", charset=\"UTF-8\"");
                json.error(response, 401, "Log in with HTTP Basic authentication");
            }
            case FORBIDDEN -> json.error(response, 403, "This user lacks the role needed for the corpus API");
            case ALLOWED -> api.handle(request, response);
        }
    }
}
