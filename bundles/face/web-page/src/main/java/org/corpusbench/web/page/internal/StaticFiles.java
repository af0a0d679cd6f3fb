package org.corpusbench.web.page.internal;

import java.net.URL;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The page's files inside this bundle, under {@code /page}: a request path maps to one of them only
 * if it is made of plain name characters and has no {@code ..} segment, so nothing else in the
 * bundle (classes, manifest) is ever served.
 */
final class StaticFiles {
    private static final Pattern SAFE_PATH = Pattern.compile("(/[A-Za-z0-9_-][A-Za-z0-9._-]*)+");
    private static final Map<String, String> TYPES = Map.of("html", "text/html; charset=UTF-8",
            "js", "text/javascript; charset=UTF-8", "css", "text/css; charset=UTF-8", "json", "application/json",
            "svg", "image/svg+xml", "png", "image/png", "txt", "text/plain; charset=UTF-8");
    private final ClassLoader loader;

    /** @param loader the bundle's class loader, which sees its own resources */
    StaticFiles(ClassLoader loader) {
        this.loader = loader;
    }

    /** A file to send: where it is and its media type. */
    record File(URL url, String mediaType) {
    }

    /** @return the file at that path below the page's root ({@code /app.js}), or empty if there is none or the path is not plain */
    Optional<File> find(String path) {
        if (path == null || !SAFE_PATH.matcher(path).matches() || path.contains("..")) {
            return Optional.empty();
        }
        String type = TYPES.get(path.substring(path.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT));
        URL url = loader.getResource("page" + path);
        return type == null || url == null ? Optional.empty() : Optional.of(new File(url, type));
    }
}
