package org.corpusbench.rest.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
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

    @Reference(service = Object.class, cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY,
            target = "(&(osgi.jaxrs.resource=true)(osgi.jaxrs.application.select=*" + RestApplication.NAME + "*)"
                    + "(!(osgi.jaxrs.name=" + NAME + ")))")
    private volatile List<Object> resources = List.of();

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @RequiresRole(Role.READER)
    @Summary("This document: every operation of the API, its parameters, answers and role")
    public Map<String, Object> document() {
        List<Class<?>> classes = new ArrayList<>();
        classes.add(OpenApiResource.class);
        resources.forEach(resource -> classes.add(resource.getClass()));
        return new OpenApiGenerator(RestApplication.BASE, RestApplication.VERSION).document(classes);
    }
}
