package org.corpusbench.rest.internal;

import java.security.Principal;
import java.util.Map;
import java.util.Set;
import javax.ws.rs.core.SecurityContext;

/**
 * A logged-in user as resources and {@link RoleCheck} see it: {@link #isUserInRole} takes the API's roles
 * ({@code reader}, {@code admin}) and grants them by the configured user roles.
 */
final class User implements SecurityContext {
    private final String name;
    private final Set<String> userRoles;
    private final Map<Role, Set<String>> grants;
    private final boolean secure;

    /**
     * @param name the user's name
     * @param userRoles the roles the realm gives the user ({@code corpus-reader}, ...)
     * @param grants for each API role, the user roles that grant it
     * @param secure whether the request came over HTTPS
     */
    User(String name, Set<String> userRoles, Map<Role, Set<String>> grants, boolean secure) {
        this.name = name;
        this.userRoles = Set.copyOf(userRoles);
        this.grants = Map.copyOf(grants);
        this.secure = secure;
    }

    /** @return the user roles that grant an API role, sorted, as a user would be told to get one of them */
    String grantsOf(Role role) {
        return String.join(" or ", new java.util.TreeSet<>(grants.getOrDefault(role, Set.of())));
    }

    boolean has(Role role) {
        return grants.getOrDefault(role, Set.of()).stream().anyMatch(userRoles::contains);
    }

    @Override
    public Principal getUserPrincipal() {
        return () -> name;
    }

    @Override
    public boolean isUserInRole(String role) {
        for (Role known : Role.values()) {
            if (known.wireName().equals(role)) {
                return has(known);
            }
        }
        return false;
    }

    @Override
    public boolean isSecure() {
        return secure;
    }

    @Override
    public String getAuthenticationScheme() {
        return BASIC_AUTH;
    }
}
