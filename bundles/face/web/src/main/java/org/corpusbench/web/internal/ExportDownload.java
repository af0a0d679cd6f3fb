package org.corpusbench.web.internal;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Names a download so browsers keep Chinese corpus names (RFC 6266 with an RFC 5987 fallback). */
final class ExportDownload {

    private ExportDownload() {
    }

    static String contentDisposition(String corpus, String analysis, String extension) {
        String name = corpus + "-" + analysis + "." + extension;
        String ascii = name.replaceAll("[^A-Za-z0-9._-]", "_");
        String encoded = URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20");
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
    }
}
