package org.corpusbench.web.internal;

import java.net.URI;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import javax.servlet.http.HttpServletRequest;

/**
 * Refuses state-changing requests another site could make a browser send with the user's cached
 * credentials (OWASP CSRF Prevention Cheat Sheet: verifying origin with standard headers, and
 * custom request headers). A request passes when its {@code Origin} and {@code Referer}, if sent,
 * name this server, and it carries {@value #HEADER} or a content type no HTML form or simple
 * cross-site request can send, since a browser must ask the server before sending either.
 */
final class CrossSiteGuard {
    /** The header that shows a request comes from a script or tool, not a cross-site form. */
    static final String HEADER = "X-Requested-By";
    /** What HTML forms and CORS "simple requests" may send; a missing type counts as one of them. */
    private static final Set<String> SIMPLE_TYPES = Set.of("", "application/x-www-form-urlencoded", "multipart/form-data",
            "text/plain");

    private CrossSiteGuard() {
    }

    /** @return why the request is refused, or empty if it may proceed */
    static Optional<String> check(HttpServletRequest request) {
        String own = request.getScheme() + "://" + String.valueOf(request.getHeader("Host")).toLowerCase(Locale.ROOT);
        String origin = request.getHeader("Origin");
        if (origin != null && !sameOrigin(origin, own)) {
            return Optional.of("Cross-origin request refused: Origin '" + origin + "' is not this server");
        }
        String referer = request.getHeader("Referer");
        if (referer != null && !sameOrigin(referer, own)) {
            return Optional.of("Cross-origin request refused: the Referer is not this server");
        }
        String type = Optional.ofNullable(request.getContentType()).orElse("");
        int parameters = type.indexOf(';');
        String mediaType = (parameters < 0 ? type : type.substring(0, parameters)).trim().toLowerCase(Locale.ROOT);
        String marker = request.getHeader(HEADER);
        if (SIMPLE_TYPES.contains(mediaType) && (marker == null || marker.isBlank())) {
            return Optional.of("A " + request.getMethod() + " needs the header '" + HEADER
                    + ": <anything>' (or a content type such as application/octet-stream), so that no other site can make "
                    + "a browser send it");
        }
        return Optional.empty();
    }

    private static boolean sameOrigin(String url, String own) {
        try {
            URI uri = new URI(url);
            if (uri.getScheme() == null || uri.getRawAuthority() == null) {
                return false;
            }
            String origin = uri.getScheme().toLowerCase(Locale.ROOT) + "://" + uri.getRawAuthority().toLowerCase(Locale.ROOT);
            return origin.equals(own) || origin.equals(withDefaultPort(own)) || withDefaultPort(origin).equals(own);
        } catch (java.net.URISyntaxException e) {
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
