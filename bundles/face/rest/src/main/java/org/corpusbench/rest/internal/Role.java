package org.corpusbench.rest.internal;

import java.util.Locale;

/** Who may call a resource method: a reader reads, analyses and exports; an admin may also change. */
public enum Role {
    READER, ADMIN;

    /** @return the name the API documents and reports: {@code reader}, {@code admin} */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
