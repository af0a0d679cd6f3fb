/**
 * Exporters write an analysis result to a stream in one format (CSV, JSON, ...).
 */
@Export
@Version("1.0.0")
package org.corpusbench.api.export;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
