/**
 * Writing an analysis result as CSV, as plain Java that other programs (a Spark job) call without OSGi:
 * {@link org.corpusbench.export.csv.CsvResultWriter} writes the provenance header, the columns and every
 * row of an {@link org.corpusbench.api.analysis.AnalysisResult} as the workbench's CSV export does
 * (byte order mark, quoted cells, plain shortest decimals, formulas neutralised). Public, not exported:
 * the bundle's service is the {@code csv} exporter in {@code internal}.
 */
package org.corpusbench.export.csv;
