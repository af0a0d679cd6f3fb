package org.corpusbench.rest.internal;

import java.nio.file.Files;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;
import javax.ws.rs.core.StreamingOutput;
import org.corpusbench.api.NotFoundException;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsName;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/** The files export jobs wrote, downloaded by whoever asked for them (or an administrator); to anyone else they do not exist. */
@Component(service = ExportsResource.class)
@JaxrsResource
@JaxrsName("corpusbench-v1-exports")
@JaxrsApplicationSelect(RestApplication.SELECT)
@Path("exports")
public final class ExportsResource {
    private final FinishedExports files;

    @Activate
    public ExportsResource(@Reference FinishedExports files) {
        this.files = files;
    }

    @GET
    @Path("{id}")
    @Produces({"text/csv", "application/json"})
    @RequiresRole(Role.READER)
    @Summary("Downloads the table an export job wrote (the job's result names it), for an hour after the job was started")
    public Response download(@PathParam("id") String id, @Context SecurityContext user) {
        FinishedExports.Export export = files.find(id).filter(found -> Files.isRegularFile(found.file()))
                .filter(found -> JobsResource.isAdmin(user) || found.owner().equals(JobsResource.name(user)))
                .orElseThrow(() -> new NotFoundException("export", id));
        StreamingOutput body = out -> Files.copy(export.file(), out);
        return Response.ok(body, export.mediaType())
                .header("Content-Disposition", Downloads.contentDisposition(export.downloadName())).build();
    }
}
