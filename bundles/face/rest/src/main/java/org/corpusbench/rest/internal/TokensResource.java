package org.corpusbench.rest.internal;

import java.util.List;
import javax.ws.rs.DefaultValue;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.StreamingOutput;
import org.corpusbench.api.CorpusRepository;
import org.corpusbench.api.CorpusView;
import org.corpusbench.api.Subcorpora;
import org.corpusbench.api.export.CorpusExporter;
import org.corpusbench.api.export.Formats;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsName;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/**
 * The segmented corpus as a download, through the installed token exporters as {@code corpus:export-tokens}
 * uses them; a selection is written as a corpus of just its documents ({@link SelectedDocuments}).
 */
@Component(service = TokensResource.class)
@JaxrsResource
@JaxrsName("corpusbench-v1-tokens")
@JaxrsApplicationSelect(RestApplication.SELECT)
@Path("corpora/{corpus}/tokens")
public final class TokensResource {
    private final CorpusRepository repository;
    private final Subcorpora subcorpora;
    private final HeavyWork heavy;
    /** The token formats installed now (plain, vertical, ...), each an exporter that may come and go. */
    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    volatile List<CorpusExporter> exporters = List.of();

    @Activate
    public TokensResource(@Reference CorpusRepository repository, @Reference Subcorpora subcorpora,
            @Reference HeavyWork heavy) {
        this.repository = repository;
        this.subcorpora = subcorpora;
        this.heavy = heavy;
    }

    @GET
    @Produces("text/plain")
    @AlsoAnswers(503)
    @RequiresRole(Role.READER)
    @Summary("Streams the segmented corpus as a download: plain (a sentence per line, tokens separated by spaces) or "
            + "vertical (CWB), as corpus:export-tokens writes it; of all documents or of a selection")
    public Response tokens(@PathParam("corpus") String corpus,
            @QueryParam("format") @DefaultValue("plain") @Summary("plain or vertical (the installed token exporters)")
            String format,
            @QueryParam("selection") @Summary("only these documents: date>=2023-03-01 & page=1, 0-3,7, @subcorpus")
            String selection) {
        CorpusExporter exporter = Formats.pick(exporters, CorpusExporter::format, format, "token format");
        CorpusView whole = repository.require(corpus);
        CorpusView view = selection == null || selection.isBlank() ? whole
                : new SelectedDocuments(whole, subcorpora.select(whole, selection));
        WorkGate.Permit permit = heavy.enter();
        // written as it is sent: the permit is held until the last token is out
        StreamingOutput body = out -> {
            try (permit) {
                exporter.write(view, out);
            }
        };
        return Response.ok(body, exporter.mediaType())
                .header("Content-Disposition", Downloads.contentDisposition(corpus + "-tokens." + exporter.extension()))
                .build();
    }
}
