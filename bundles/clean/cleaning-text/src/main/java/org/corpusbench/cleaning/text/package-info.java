/**
 * Cleaning steps for any Chinese text, as plain Java that other programs (a Spark job) call
 * without OSGi: whitespace ({@link org.corpusbench.cleaning.text.WhitespaceNormaliser}) and
 * character widths, optionally traditional to simplified
 * ({@link org.corpusbench.cleaning.text.WidthNormaliser}), and the steps as the workbench configures
 * them, with their names, orders and service properties ({@link org.corpusbench.cleaning.text.TextSteps}).
 * Public, not exported: the bundle's services are the steps in {@code internal}.
 */
package org.corpusbench.cleaning.text;
