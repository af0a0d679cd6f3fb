/**
 * Collocates of a query in a window of tokens, with the published association measures, in plain
 * Java usable outside OSGi: {@link org.corpusbench.analysis.collocates.Collocates} counts,
 * {@link org.corpusbench.analysis.collocates.AssociationMeasures} scores a
 * {@link org.corpusbench.analysis.collocates.ContingencyTable}. Not exported; the bundle's DS
 * component wraps it as the {@code collocates} analysis.
 */
package org.corpusbench.analysis.collocates;
