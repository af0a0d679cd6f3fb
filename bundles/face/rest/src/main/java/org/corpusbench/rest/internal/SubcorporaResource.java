package org.corpusbench.rest.internal;

import java.util.List;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;
import org.corpusbench.api.CorpusException;
import org.corpusbench.api.NotFoundException;
import org.corpusbench.api.Subcorpora;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsName;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/** The named subcorpora saved with a corpus, which analyses take as {@code selection=@name}. */
@Component(service = SubcorporaResource.class)
@JaxrsResource
@JaxrsName("corpusbench-v1-subcorpora")
@JaxrsApplicationSelect(RestApplication.SELECT)
@Path("corpora/{corpus}/subcorpora")
@Produces(MediaType.APPLICATION_JSON)
public final class SubcorporaResource {
    private final Subcorpora subcorpora;

    @Activate
    public SubcorporaResource(@Reference Subcorpora subcorpora) {
        this.subcorpora = subcorpora;
    }

    @GET
    @RequiresRole(Role.READER)
    @Summary("The named subcorpora of a corpus with their sizes")
    public List<Wire.Subcorpus> subcorpora(@PathParam("corpus") String corpus) {
        return subcorpora.list(corpus).stream().map(SubcorporaResource::wire).toList();
    }

    @PUT
    @Path("{name}")
    @RequiresRole(Role.ADMIN)
    @Summary("Saves or replaces a named subcorpus")
    public Wire.Subcorpus save(@PathParam("corpus") String corpus, @PathParam("name") String name,
            @QueryParam("selection") @Summary("its documents, as analyses' selection reads them: date>=2023-03-01 & page=1")
            String selection) {
        if (selection == null || selection.isBlank()) {
            throw new CorpusException("Give the subcorpus's documents as ?selection=, e.g. selection=page%3D1");
        }
        return wire(subcorpora.create(corpus, name, selection));
    }

    @DELETE
    @Path("{name}")
    @RequiresRole(Role.ADMIN)
    @Summary("Deletes a named subcorpus")
    public void delete(@PathParam("corpus") String corpus, @PathParam("name") String name) {
        if (!subcorpora.delete(corpus, name)) {
            throw new NotFoundException("subcorpus", name);
        }
    }

    private static Wire.Subcorpus wire(org.corpusbench.api.Subcorpus subcorpus) {
        return new Wire.Subcorpus(subcorpus.name(), subcorpus.expression(), subcorpus.documents(), subcorpus.tokens());
    }
}
