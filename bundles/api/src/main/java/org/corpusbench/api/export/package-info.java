/**
 * Exporters write an analysis result ({@link org.corpusbench.api.export.Exporter}) or a whole
 * segmented corpus ({@link org.corpusbench.api.export.CorpusExporter}) to a stream in one format.
 */
@Export
@Version("1.1.0")
package org.corpusbench.api.export;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
