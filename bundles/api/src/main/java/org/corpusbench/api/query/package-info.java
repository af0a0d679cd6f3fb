/**
 * Queries in the workbench's CQL, a subset of the Corpus Query Language of CQP, Sketch Engine and
 * BlackLab: {@link org.corpusbench.api.query.QueryService} finds the hits of a query in a corpus,
 * for concordances, frequency breakdowns and dispersion plots alike.
 */
@Export
@Version("1.1.0")
package org.corpusbench.api.query;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
