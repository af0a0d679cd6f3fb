package org.corpusbench.rest.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import org.osgi.framework.BundleContext;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsName;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/**
 * The API's OpenAPI 3 document, written on each request from the resources registered in the application
 * now (this bundle's and any other bundle's), so a resource deployed a minute ago is in it.
 */
@Component(service = OpenApiResource.class)
@JaxrsResource
@JaxrsName(OpenApiResource.NAME)
@JaxrsApplicationSelect(RestApplication.SELECT)
@Path("openapi.json")
public final class OpenApiResource {
    static final String NAME = "corpusbench-v1-openapi";
    /**
     * The application's other resources. Looked up on each request rather than bound: resources are
     * registered under their own classes, which no reference of ours can name in advance.
     */
    static final String OTHER_RESOURCES = "(&(osgi.jaxrs.resource=true)(osgi.jaxrs.application.select=*"
            + RestApplication.NAME + "*)(!(osgi.jaxrs.name=" + NAME + ")))";

    private final BundleContext context;

    @Activate
    public OpenApiResource(BundleContext context) {
        this.context = context;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @RequiresRole(Role.READER)
    @Summary("This document: every operation of the API, its parameters, answers and role")
    public Map<String, Object> document() throws InvalidSyntaxException {
        List<Class<?>> classes = new ArrayList<>();
        classes.add(OpenApiResource.class);
        ServiceReference<?>[] resources = context.getServiceReferences((String) null, OTHER_RESOURCES);
        for (ServiceReference<?> reference : resources == null ? new ServiceReference<?>[0] : resources) {
            Object resource = context.getService(reference);
            if (resource != null) { // else it went away meanwhile
                try {
                    classes.add(resource.getClass());
                } finally {
                    context.ungetService(reference);
                }
            }
        }
        return new OpenApiGenerator(RestApplication.BASE, RestApplication.VERSION).document(classes);
    }
}
