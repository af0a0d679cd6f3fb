package org.corpusbench.web.page.internal;

/** The body of {@code /corpus/page/me}: {@code {"user":"admin","admin":true}}. */
final class Me {
    private Me() {
    }

    static String json(String user, boolean admin) {
        return "{\"user\":" + quote(user) + ",\"admin\":" + admin + "}";
    }

    /** A JSON string: quotes, backslashes and control characters escaped (RFC 8259, section 7). */
    static String quote(String text) {
        StringBuilder quoted = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            if (c == '"' || c == '\\') {
                quoted.append('\\').append(c);
            } else if (c < 0x20) {
                quoted.append(String.format("\\u%04x", (int) c));
            } else {
                quoted.append(c);
            }
        }
        return quoted.append('"').toString();
    }
}
