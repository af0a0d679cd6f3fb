/**
 * Word and character n-grams (AntConc's N-Grams and Clusters) in plain Java, usable outside OSGi:
 * {@link org.corpusbench.analysis.ngrams.NGramCounter}. Not exported; the bundle's DS component
 * wraps it as the {@code ngrams} analysis.
 */
package org.corpusbench.analysis.ngrams;
