/**
 * The corpus model and the services that build and store corpora: loaders, cleaning steps,
 * segmenters, the importer and the repository.
 *
 * <p>All offsets in this API count Unicode code points, as Python does, so characters outside
 * the Basic Multilingual Plane (CJK Extension B and later) never shift them.
 */
@Export
@Version("1.12.0")
package org.corpusbench.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
