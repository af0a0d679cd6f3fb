package org.corpusbench.rest.internal;

import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.WebApplicationException;
import javax.ws.rs.core.MediaType;
import org.corpusbench.api.CorpusException;
import org.corpusbench.api.CorpusRepository;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsName;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/** Renaming a corpus, as {@code corpus:rename} does: the repository renames it atomically, with its subcorpora. */
@Component(service = RenameResource.class)
@JaxrsResource
@JaxrsName("corpusbench-v1-rename")
@JaxrsApplicationSelect(RestApplication.SELECT)
@Path("corpora/{corpus}/rename")
@Produces(MediaType.APPLICATION_JSON)
public final class RenameResource {
    private final CorpusRepository repository;

    @Activate
    public RenameResource(@Reference CorpusRepository repository) {
        this.repository = repository;
    }

    @POST
    @AlsoAnswers(409)
    @RequiresRole(Role.ADMIN)
    @Summary("Renames a corpus and answers it under its new name; 409 if a corpus has that name already")
    public Wire.Corpus rename(@PathParam("corpus") String corpus,
            @QueryParam("to") @Summary("the new name: letters (Chinese too), digits, '.', '_' and '-'") String to) {
        if (to == null || to.isBlank()) {
            throw new CorpusException("Give the new name as ?to=...");
        }
        repository.require(corpus);
        // asked first so the answer can be a conflict; the repository still refuses a name taken meanwhile (400)
        if (repository.get(to).isPresent()) {
            throw new WebApplicationException(Errors.response(409, "Corpus '" + to + "' exists already; delete it or choose "
                    + "another name"));
        }
        repository.rename(corpus, to);
        return CorporaResource.describe(repository.require(to));
    }
}
