package org.corpusbench.importer.internal;

import java.util.List;
import java.util.Map;
import org.corpusbench.api.CleaningPipeline;
import org.corpusbench.api.PipelineStage;
import org.corpusbench.api.PreparedCleaning;
import org.corpusbench.api.Progress;
import org.corpusbench.cleaning.pipeline.CleaningStages;

/** The pipeline's plain-Java core as the CleaningPipeline service, for tests: no Config Admin, so no switching. */
record StagesPipeline(CleaningStages core) implements CleaningPipeline {
    @Override
    public List<PipelineStage> stages() {
        return core.stages();
    }

    @Override
    public PreparedCleaning prepare(Map<String, String> settings, Progress progress) {
        return core.prepare(settings, progress);
    }

    @Override
    public PipelineStage switchTo(String name, boolean on) {
        throw new UnsupportedOperationException("switching needs Config Admin");
    }
}
