/**
 * Reference frequency lists in plain Java: users' list files in a folder ({@link
 * org.corpusbench.references.ReferenceFile}) and the set of lists by name ({@link
 * org.corpusbench.references.ReferenceFolder}). Not exported: other bundles use the {@link
 * org.corpusbench.api.analysis.ReferenceLists} service that this bundle's component registers.
 */
package org.corpusbench.references;
