package org.corpusbench.api.auth;

/**
 * The roles the workbench grants, beside Karaf's own ({@code admin}, {@code manager},
 * {@code viewer}, {@code ssh}, ...). Users get them in Karaf's realm {@code karaf}
 * ({@code etc/users.properties}, {@code jaas:roleadd}).
 */
public final class CorpusRoles {
    /** May read corpora, run analyses and download results. */
    public static final String READER = "corpus-reader";
    /** May also load, change and delete corpora; the shipped user {@code admin} has it. */
    public static final String ADMIN = "corpus-admin";

    private CorpusRoles() {
    }
}
