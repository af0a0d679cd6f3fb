package org.corpusbench.web.page.internal;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;

/**
 * The user name and password of an HTTP Basic {@code Authorization} header (RFC 7617), read as
 * UTF-8 as the REST API's challenge asks browsers to send them.
 *
 * @param user the user name
 * @param password the password
 */
record BasicCredentials(String user, String password) {
    private static final String SCHEME = "basic ";

    /** @return the credentials of the header, or empty if it is missing or not well-formed Basic */
    static Optional<BasicCredentials> parse(String header) {
        if (header == null || !header.toLowerCase(Locale.ROOT).startsWith(SCHEME)) {
            return Optional.empty();
        }
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(header.substring(SCHEME.length()).trim()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        int colon = decoded.indexOf(':');
        if (colon <= 0) {
            return Optional.empty();
        }
        return Optional.of(new BasicCredentials(decoded.substring(0, colon), decoded.substring(colon + 1)));
    }

    @Override
    public String toString() {
        return user; // never the password
    }
}
