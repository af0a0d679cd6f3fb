/**
 * Selection expressions and named subcorpora, in plain Java: {@link org.corpusbench.analysis.selection.Selections}
 * implements {@link org.corpusbench.api.Subcorpora} over a {@link org.corpusbench.api.CorpusRepository}, and the
 * registry bundle registers it as a service. Not exported: other bundles use the service.
 */
package org.corpusbench.analysis.selection;
