/**
 * Frequencies of a query or of the top words per metadata value (per date, month, year, reporter)
 * with each word's dispersion over the values, in plain Java, usable outside OSGi:
 * {@link org.corpusbench.analysis.trend.Trend}. Not exported; the bundle's DS component wraps it as
 * the {@code trend} analysis.
 */
package org.corpusbench.analysis.trend;
