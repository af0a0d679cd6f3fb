/**
 * Cleaning newspaper pages extracted from PDF, as plain Java that other programs (a Spark job)
 * call without OSGi: page furniture ({@link org.corpusbench.cleaning.newspaper.FurnitureRemover}),
 * hard-wrapped lines ({@link org.corpusbench.cleaning.newspaper.LineRejoiner}) and the split into
 * articles with their headlines, bylines, datelines and credits
 * ({@link org.corpusbench.cleaning.newspaper.ArticleSplitter}), under the keys of
 * {@link org.corpusbench.api.newspaper.ArticleMetadata}; the steps and the splitter as the workbench
 * configures them, with their names, orders and service properties
 * ({@link org.corpusbench.cleaning.newspaper.NewspaperStages}). Public, not exported: the bundle's
 * services are the steps and the splitter in {@code internal}.
 */
package org.corpusbench.cleaning.newspaper;
