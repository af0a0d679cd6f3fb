package org.corpusbench.web.errors.internal;

import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** An HTTP/1.1 response as Jetty's LocalConnector returns it. */
record RawResponse(String raw, int status, Map<String, String> headers, String body) {

    static RawResponse parse(String raw) {
        int end = raw.indexOf("\r\n\r\n");
        String[] lines = raw.substring(0, end).split("\r\n");
        Map<String, String> headers = new TreeMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            headers.put(lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT), lines[i].substring(colon + 1).trim());
        }
        return new RawResponse(raw, Integer.parseInt(lines[0].split(" ")[1]), headers, raw.substring(end + 4));
    }

    String header(String name) {
        return headers.get(name.toLowerCase(Locale.ROOT));
    }
}
