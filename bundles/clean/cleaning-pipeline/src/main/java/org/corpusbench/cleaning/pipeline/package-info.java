/**
 * The cleaning pipeline in plain Java, usable outside OSGi: {@link org.corpusbench.cleaning.pipeline.CleaningStages}
 * (the stages in order, per-load settings, preparing a load), {@link org.corpusbench.cleaning.pipeline.LoadSettings}
 * and {@link org.corpusbench.cleaning.pipeline.SourceCleaner}. Not exported; the bundle's DS component
 * wraps it as the {@link org.corpusbench.api.CleaningPipeline} service.
 */
package org.corpusbench.cleaning.pipeline;
