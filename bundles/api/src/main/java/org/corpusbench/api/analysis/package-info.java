/**
 * The analysis SPI, a whiteboard: an analysis is one {@link org.corpusbench.api.analysis.Analysis}
 * service. Callers never look analyses up themselves; they use
 * {@link org.corpusbench.api.analysis.AnalysisService}, which offers every registered analysis to
 * the console, REST and the web console without knowing it.
 */
@Export
@Version("1.3.0")
package org.corpusbench.api.analysis;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
