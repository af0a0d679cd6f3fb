/**
 * Keywords (keyness) in plain Java: {@link org.corpusbench.analysis.keywords.KeynessMeasures}, the
 * published measures over a word's 2x2 table, and {@link org.corpusbench.analysis.keywords.KeywordList},
 * which counts a target and a reference and lists the words. Not exported: other bundles use the
 * {@code keywords} analysis service that this bundle's component registers.
 */
package org.corpusbench.analysis.keywords;
