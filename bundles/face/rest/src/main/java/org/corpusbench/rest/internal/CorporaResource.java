package org.corpusbench.rest.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.ws.rs.DELETE;
import javax.ws.rs.DefaultValue;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;
import org.corpusbench.api.CleaningReport;
import org.corpusbench.api.CorpusInfo;
import org.corpusbench.api.CorpusRepository;
import org.corpusbench.api.CorpusView;
import org.corpusbench.api.Document;
import org.corpusbench.api.LoadReport;
import org.corpusbench.api.NotFoundException;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsName;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/** The stored corpora and their documents. A document id holding a slash is addressed as {@code a%2Fb.txt}. */
@Component(service = CorporaResource.class)
@JaxrsResource
@JaxrsName("corpusbench-v1-corpora")
@JaxrsApplicationSelect(RestApplication.SELECT)
@Path("corpora")
@Produces(MediaType.APPLICATION_JSON)
public final class CorporaResource {
    /** The most documents one page holds. */
    static final int MAX_LIMIT = 1000;

    private final CorpusRepository repository;

    @Activate
    public CorporaResource(@Reference CorpusRepository repository) {
        this.repository = repository;
    }

    @GET
    @RequiresRole(Role.READER)
    @Summary("The stored corpora with their sizes")
    public List<Wire.CorpusSummary> corpora() {
        return repository.list().stream().map(info -> new Wire.CorpusSummary(info.name(), info.sources(), info.documents(),
                info.tokens(), info.types(), info.created().toString(), info.segmenter())).toList();
    }

    @GET
    @Path("{corpus}")
    @RequiresRole(Role.READER)
    @Summary("One corpus: sizes, size on disk and provenance (loader, cleaning, segmenter, origin)")
    public Wire.Corpus corpus(@PathParam("corpus") String corpus) {
        CorpusView view = repository.require(corpus);
        CorpusInfo info = view.info();
        return new Wire.Corpus(info.name(), info.sources(), info.documents(), info.tokens(), info.types(), view.sentenceCount(),
                view.storedBytes(), info.created().toString(), info.provenance());
    }

    @GET
    @Path("{corpus}/report")
    @RequiresRole(Role.READER)
    @Summary("The load report: each input read, damaged or skipped, its encoding and why")
    public Wire.LoadReport loadReport(@PathParam("corpus") String corpus) {
        LoadReport report = repository.require(corpus).loadReport();
        return new Wire.LoadReport(report.summary(), report.sources().stream().map(source -> new Wire.SourceLoad(
                source.location(), source.outcome().name().toLowerCase(Locale.ROOT), source.encoding(), source.confidence(),
                source.undecodableBytes(), source.undecodableOffsets(), source.problem())).toList());
    }

    @GET
    @Path("{corpus}/cleaning")
    @RequiresRole(Role.READER)
    @Summary("The cleaning report: per source, the documents and articles it became and each step's counts")
    public Wire.CleaningReport cleaningReport(@PathParam("corpus") String corpus) {
        CleaningReport report = CleaningReport.of(repository.require(corpus));
        return new Wire.CleaningReport(report.sources().stream().map(source -> new Wire.SourceCleaning(source.source(),
                source.documents(), source.articles(), source.steps())).toList());
    }

    @GET
    @Path("{corpus}/documents")
    @RequiresRole(Role.READER)
    @Summary("A page of a corpus's documents with their metadata (headline, reporters, date, ...)")
    public Wire.DocumentPage documents(@PathParam("corpus") String corpus,
            @QueryParam("offset") @DefaultValue("0") @WholeNumber @Summary("index of the first document") String offset,
            @QueryParam("limit") @DefaultValue("20") @WholeNumber @Summary("documents on the page, 1 to 1000") String limit) {
        CorpusView view = repository.require(corpus);
        int first = Numbers.whole("offset", offset, 0, Integer.MAX_VALUE);
        int size = Numbers.whole("limit", limit, 1, MAX_LIMIT);
        List<Wire.DocumentSummary> page = new ArrayList<>();
        for (int index = first; index < Math.min((long) first + size, view.documentCount()); index++) {
            page.add(new Wire.DocumentSummary(index, view.documentId(index), view.sourceId(index), tokens(view, index),
                    view.metadata(index)));
        }
        return new Wire.DocumentPage(view.documentCount(), first, size, page);
    }

    @GET
    @Path("{corpus}/documents/{id}")
    @RequiresRole(Role.READER)
    @Summary("One document: its cleaned text (token offsets refer to it), its original text and its metadata")
    public Wire.Document document(@PathParam("corpus") String corpus, @PathParam("id") String id) {
        CorpusView view = repository.require(corpus);
        int index = view.documentIndex(id);
        Document document = view.document(index);
        return new Wire.Document(index, document.id(), document.sourceId(), tokens(view, index), document.metadata(),
                document.cleanedText(), document.originalText());
    }

    @DELETE
    @Path("{corpus}")
    @RequiresRole(Role.ADMIN)
    @Summary("Deletes a corpus with its subcorpora; views already in use stay readable")
    public void delete(@PathParam("corpus") String corpus) {
        if (!repository.remove(corpus)) {
            throw new NotFoundException("corpus", corpus);
        }
    }

    private static int tokens(CorpusView view, int index) {
        return view.documentStart(index + 1) - view.documentStart(index);
    }
}
