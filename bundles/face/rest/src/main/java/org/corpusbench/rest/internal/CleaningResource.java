package org.corpusbench.rest.internal;

import java.util.List;
import java.util.Locale;
import javax.ws.rs.GET;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;
import org.corpusbench.api.CleaningPipeline;
import org.corpusbench.api.PipelineStage;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsName;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/**
 * The cleaning pipeline, as {@code corpus:cleaning} shows and switches it. Switching a stage changes
 * later imports; {@code POST corpora/{corpus}/reclean} cleans a stored corpus again.
 */
@Component(service = CleaningResource.class)
@JaxrsResource
@JaxrsName("corpusbench-v1-cleaning")
@JaxrsApplicationSelect(RestApplication.SELECT)
@Path("cleaning")
@Produces(MediaType.APPLICATION_JSON)
public final class CleaningResource {
    private final CleaningPipeline pipeline;

    @Activate
    public CleaningResource(@Reference CleaningPipeline pipeline) {
        this.pipeline = pipeline;
    }

    @GET
    @RequiresRole(Role.READER)
    @Summary("The cleaning steps and splitters in the order they run, each on or off, with the settings a load may change "
            + "and the rest of its configuration")
    public List<Wire.CleaningStage> stages() {
        return pipeline.stages().stream().map(CleaningResource::wire).toList();
    }

    @PUT
    @Path("{step}")
    @RequiresRole(Role.ADMIN)
    @Summary("Switches a cleaning step or splitter on or off for later imports, and answers it as it is now")
    public Wire.CleaningStage switchTo(@PathParam("step") String step,
            @QueryParam("enabled") @Summary("true or false") String enabled) {
        return wire(pipeline.switchTo(step, Numbers.flag("enabled", enabled)));
    }

    static Wire.CleaningStage wire(PipelineStage stage) {
        return new Wire.CleaningStage(stage.order(), stage.kind().name().toLowerCase(Locale.ROOT), stage.name(), stage.enabled(),
                stage.settings(), stage.configuration());
    }
}
