package org.corpusbench.rest.internal;

import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.annotation.Priority;
import javax.servlet.http.HttpServletRequest;
import javax.ws.rs.Priorities;
import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerRequestFilter;
import javax.ws.rs.container.PreMatching;
import javax.ws.rs.core.Context;
import org.corpusbench.api.auth.Authenticator;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtension;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsName;

/**
 * Before a request is matched to a resource: 401 with a challenge unless it carries valid HTTP Basic
 * credentials, then 403 for a state-changing request another site could have sent ({@link CrossSiteCheck}).
 * Runs before matching so that an unknown path tells a stranger nothing. The user's roles then travel
 * as the request's {@link User}, which {@link RoleCheck} reads.
 */
@Component(service = ContainerRequestFilter.class, configurationPid = RestApplication.CONFIGURATION_PID)
@JaxrsExtension
@JaxrsName("corpusbench-v1-authentication")
@JaxrsApplicationSelect(RestApplication.SELECT)
@PreMatching
@Priority(Priorities.AUTHENTICATION)
public final class AuthenticationFilter implements ContainerRequestFilter {
    private final BasicLogins logins;
    private final Map<Role, Set<String>> grants;

    /** The servlet request, for the client's address the login throttle counts by; a per-request proxy. */
    @Context
    private HttpServletRequest servletRequest;

    /** The roles, as {@link RestSettings} describes them. */
    @interface Config {
        String[] reader_roles() default {"corpus-reader", "corpus-admin"};

        String[] admin_roles() default {"corpus-admin"};
    }

    /**
     * @param config which user roles grant reading and administration
     * @param authenticator logs users in
     */
    @Activate
    public AuthenticationFilter(Config config, @Reference Authenticator authenticator) {
        this(new BasicLogins(authenticator, Clock.systemUTC()),
                Map.of(Role.READER, Set.of(config.reader_roles()), Role.ADMIN, Set.of(config.admin_roles())));
    }

    AuthenticationFilter(BasicLogins logins, Map<Role, Set<String>> grants) {
        this.logins = logins;
        this.grants = Map.copyOf(grants);
    }

    @Override
    public void filter(ContainerRequestContext request) {
        String header = request.getHeaderString("Authorization");
        Optional<Set<String>> roles;
        try {
            roles = logins.roles(header, clientAddress());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            request.abortWith(Errors.response(503, "The server is stopping"));
            return;
        }
        if (roles.isEmpty()) {
            request.abortWith(Errors.unauthorized());
            return;
        }
        String scheme = request.getUriInfo().getRequestUri().getScheme();
        Optional<String> crossSite = CrossSiteCheck.check(request.getMethod(), scheme, request::getHeaderString);
        if (crossSite.isPresent()) {
            request.abortWith(Errors.response(403, crossSite.get()));
            return;
        }
        String user = BasicLogins.parse(header).map(credentials -> credentials[0]).orElse("");
        request.setSecurityContext(new User(user, roles.get(), grants, "https".equals(scheme)));
    }

    private String clientAddress() {
        try {
            return servletRequest == null ? null : servletRequest.getRemoteAddr();
        } catch (IllegalStateException e) {
            return null; // no servlet request behind this call (a test, or an in-process client)
        }
    }
}
