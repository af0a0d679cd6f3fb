package org.corpusbench.rest.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * The settings of the REST API ({@code etc/org.corpusbench.web.rest.cfg}) as the web console and
 * Config Admin tools describe them. Each component that takes a setting reads it through its own
 * small property type of the same names and defaults; this is the one description of them all.
 */
@ObjectClassDefinition(name = "Corpus REST API",
        description = "Who may use /corpus/api/v1, how large an upload may be, and how much heavy work it takes on at once.")
@interface RestSettings {
    @AttributeDefinition(name = "Reader roles", description = "A user with one of these may read, query, analyse and export.")
    String[] reader_roles() default {"corpus-reader", "corpus-admin"};

    @AttributeDefinition(name = "Admin roles", description = "A user with one of these may also load, change and delete.")
    String[] admin_roles() default {"corpus-admin"};

    @AttributeDefinition(name = "Largest upload", description = "Bytes; a larger upload is refused with 413.")
    long upload_max_bytes() default 512L << 20;

    @AttributeDefinition(name = "Heavy requests at once", description = "Analyses, exports, token downloads, concordances "
            + "and segmentation running at the same time; 0 means one per processor.")
    int heavy_concurrency() default 0;

    @AttributeDefinition(name = "Heavy requests waiting", description = "How many more may wait; beyond that the answer "
            + "is 503 with Retry-After.")
    int heavy_queue() default 4;
}
