package org.corpusbench.rest.internal;

import java.lang.reflect.Method;
import javax.annotation.Priority;
import javax.ws.rs.Priorities;
import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerRequestFilter;
import javax.ws.rs.container.DynamicFeature;
import javax.ws.rs.container.ResourceInfo;
import javax.ws.rs.core.FeatureContext;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtension;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsName;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Gives every resource method of the application a filter for the role its {@link RequiresRole} names:
 * 403 for a user without it. A method without the annotation, from this bundle or any other, is refused
 * to everyone: access fails closed.
 */
@Component(service = DynamicFeature.class)
@JaxrsExtension
@JaxrsName("corpusbench-v1-roles")
@JaxrsApplicationSelect(RestApplication.SELECT)
public final class RoleCheck implements DynamicFeature {
    private static final Logger LOG = LoggerFactory.getLogger(RoleCheck.class);

    @Override
    public void configure(ResourceInfo resource, FeatureContext context) {
        Method method = resource.getResourceMethod();
        RequiresRole required = method == null ? null : method.getAnnotation(RequiresRole.class);
        if (required == null) {
            LOG.warn("{} declares no role: every request to it is refused", method);
        }
        context.register(new Filter(required == null ? null : required.value()));
    }

    /** The check for one resource method. */
    @Priority(Priorities.AUTHORIZATION)
    static final class Filter implements ContainerRequestFilter {
        private final Role role;

        /** @param role the role the method needs, or null if it declares none (then nobody may call it) */
        Filter(Role role) {
            this.role = role;
        }

        @Override
        public void filter(ContainerRequestContext request) {
            if (!(request.getSecurityContext() instanceof User user)) {
                request.abortWith(Errors.unauthorized());
            } else if (role == null) {
                request.abortWith(Errors.response(403, "This resource declares no role, so nobody may use it"));
            } else if (!user.has(role)) {
                request.abortWith(Errors.response(403, "This needs the role " + user.grantsOf(role) + " (the API's " + role.wireName()
                        + " role)"));
            }
        }
    }
}
