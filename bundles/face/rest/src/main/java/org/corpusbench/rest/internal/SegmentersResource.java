package org.corpusbench.rest.internal;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import org.corpusbench.api.NotFoundException;
import org.corpusbench.api.Segmenter;
import org.corpusbench.api.Segmenters;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsName;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/** The installed segmenters, as {@code corpus:segmenters} lists them. */
@Component(service = SegmentersResource.class)
@JaxrsResource
@JaxrsName("corpusbench-v1-segmenters")
@JaxrsApplicationSelect(RestApplication.SELECT)
@Path("segmenters")
@Produces(MediaType.APPLICATION_JSON)
public final class SegmentersResource {
    private final Segmenters segmenters;

    @Activate
    public SegmentersResource(@Reference Segmenters segmenters) {
        this.segmenters = segmenters;
    }

    @GET
    @RequiresRole(Role.READER)
    @Summary("The installed segmenters, by name, with what a corpus's provenance records of each (library, mode, dictionaries) "
            + "and which one loads use when they name none")
    public List<Wire.Segmenter> segmenters() {
        String defaultName;
        try {
            defaultName = segmenters.defaultName();
        } catch (NotFoundException e) {
            defaultName = null; // the configured one is not installed: the others are still listed
        }
        String chosen = defaultName;
        return segmenters.names().stream()
                .map(name -> {
                    Segmenter segmenter = segmenters.find(name);
                    return new Wire.Segmenter(name, name.equals(chosen), modes(segmenter), Map.copyOf(segmenter.provenance()));
                }).toList();
    }

    /** @return the segmenter's modes in lower case, accurate first */
    static List<String> modes(Segmenter segmenter) {
        return segmenter.modes().stream().sorted().map(mode -> mode.name().toLowerCase(Locale.ROOT)).toList();
    }
}
