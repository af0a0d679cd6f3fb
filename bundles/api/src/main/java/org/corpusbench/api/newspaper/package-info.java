/**
 * What the newspaper splitter finds about an article, under the metadata keys of
 * {@link org.corpusbench.api.newspaper.ArticleMetadata}: keys other bundles (the web page, the
 * exports, analyses by reporter or date) read, kept out of the general api so that a corpus of
 * other texts does not see them.
 */
@Export
@Version("1.0.0")
package org.corpusbench.api.newspaper;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
