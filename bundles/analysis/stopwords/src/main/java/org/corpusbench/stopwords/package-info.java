/**
 * Stopword lists in plain Java: the built-in Chinese function-word list and users' list files in
 * a folder. Not exported: other bundles use the {@link org.corpusbench.api.analysis.StopwordLists}
 * service that this bundle's component registers.
 */
package org.corpusbench.stopwords;
