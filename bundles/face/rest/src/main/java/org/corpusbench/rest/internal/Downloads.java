package org.corpusbench.rest.internal;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** How a download names its file. */
final class Downloads {
    private Downloads() {
    }

    /**
     * @param name the file's name, Chinese allowed
     * @return a Content-Disposition header that saves the answer as that file: an ASCII stand-in for
     *         old clients, and the name itself in RFC 6266's {@code filename*}
     */
    static String contentDisposition(String name) {
        String ascii = name.replaceAll("[^A-Za-z0-9._-]", "_");
        String encoded = URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20");
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
    }
}
