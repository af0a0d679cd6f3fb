package org.corpusbench.rest.internal;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * Refuses state-changing requests another site could make a browser send with the user's cached
 * credentials (OWASP CSRF Prevention Cheat Sheet: verifying origin with standard headers, and custom
 * request headers), by the servlet API's rules (its {@code CrossSiteGuard}): {@code Origin} and
 * {@code Referer}, if sent, must name this server, and the request must carry {@value #HEADER} (or
 * {@value #STANDARD_HEADER}) or a content type that no HTML form or simple cross-site request can send,
 * since a browser must ask the server before sending either.
 */
final class CrossSiteCheck {
    /** The workbench's header that shows a request comes from a script or tool, as the servlet API reads it. */
    static final String HEADER = "X-Requested-By";
    /** The header scripting libraries send; as good, since no cross-site form can send it either. */
    static final String STANDARD_HEADER = "X-Requested-With";
    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");
    /** What HTML forms and CORS "simple requests" may send; a missing type counts as one of them. */
    private static final Set<String> SIMPLE_TYPES = Set.of("", "application/x-www-form-urlencoded", "multipart/form-data",
            "text/plain");

    private CrossSiteCheck() {
    }

    /**
     * @param method the request's method
     * @param scheme the scheme the request came in on ({@code http})
     * @param headers the request's headers by name, null for an absent one
     * @return why the request is refused, or empty if it may proceed
     */
    static Optional<String> check(String method, String scheme, UnaryOperator<String> headers) {
        if (SAFE_METHODS.contains(method)) {
            return Optional.empty();
        }
        String own = scheme + "://" + String.valueOf(headers.apply("Host")).toLowerCase(Locale.ROOT);
        String origin = headers.apply("Origin");
        if (origin != null && !sameOrigin(origin, own)) {
            return Optional.of("Cross-origin request refused: Origin '" + origin + "' is not this server");
        }
        String referer = headers.apply("Referer");
        if (referer != null && !sameOrigin(referer, own)) {
            return Optional.of("Cross-origin request refused: the Referer is not this server");
        }
        String type = Optional.ofNullable(headers.apply("Content-Type")).orElse("");
        int parameters = type.indexOf(';');
        String mediaType = (parameters < 0 ? type : type.substring(0, parameters)).trim().toLowerCase(Locale.ROOT);
        if (SIMPLE_TYPES.contains(mediaType) && blank(headers.apply(HEADER)) && blank(headers.apply(STANDARD_HEADER))) {
            return Optional.of("A " + method + " needs the header '" + HEADER + ": <anything>' (or a content type such as "
                    + "application/json), so that no other site can make a browser send it");
        }
        return Optional.empty();
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static boolean sameOrigin(String url, String own) {
        try {
            URI uri = new URI(url);
            if (uri.getScheme() == null || uri.getRawAuthority() == null) {
                return false;
            }
            String origin = uri.getScheme().toLowerCase(Locale.ROOT) + "://" + uri.getRawAuthority().toLowerCase(Locale.ROOT);
            return origin.equals(own) || origin.equals(withDefaultPort(own)) || withDefaultPort(origin).equals(own);
        } catch (URISyntaxException e) {
            return false;
        }
    }

    /** {@code http://host} and {@code http://host:80} are one origin. */
    private static String withDefaultPort(String origin) {
        if (origin.matches("[a-z]+://[^/:]+")) {
            return origin + (origin.startsWith("https") ? ":443" : ":80");
        }
        return origin;
    }
}
