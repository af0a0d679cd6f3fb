package org.corpusbench.rest.internal;

import javax.ws.rs.core.Application;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationBase;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsName;

/**
 * The versioned API, {@code /corpus/api/v1}: an empty JAX-RS application that resources, filters and
 * providers join through the whiteboard by selecting {@link #SELECT}, so a later version can live beside
 * it at {@code v2} without breaking clients of this one.
 */
@Component(service = Application.class)
@JaxrsApplicationBase(RestApplication.BASE)
@JaxrsName(RestApplication.NAME)
public final class RestApplication extends Application {
    /** Where the application answers. */
    public static final String BASE = "/corpus/api/v1";
    /** The API's version, as its OpenAPI document gives it; the path's {@code v1} is its major part. */
    public static final String VERSION = "1.0";
    /** The application's whiteboard name. */
    public static final String NAME = "corpusbench-v1";
    /** The filter by which resources and extensions join this application. */
    public static final String SELECT = "(osgi.jaxrs.name=" + NAME + ")";
    /** The API's configuration ({@link RestSettings}); its name is older than v1 and kept so that existing settings hold. */
    public static final String CONFIGURATION_PID = "org.corpusbench.web.rest";
}
