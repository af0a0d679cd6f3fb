package org.corpusbench.api;

import java.util.List;
import java.util.Map;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The one owner of the cleaning pipeline: the registered cleaning steps and document splitters, in
 * the order they run, with their settings. The importer, the console and REST ask it what runs and
 * switch stages through it, instead of each reading service properties. Thread-safe.
 */
@ProviderType
public interface CleaningPipeline {
    /** Per-load setting key suffix that switches a stage on or off for one load: {@code <stage>.enabled}. */
    String ENABLED = "enabled";

    /** @return the cleaning steps in the order they run, then the splitters, the one imports use first */
    List<PipelineStage> stages();

    /**
     * The pipeline for one load: the stages switched on now, with some settings changed for this
     * load only. Waits, as configured, until the stages an import needs are registered.
     *
     * @param settings per-load settings over the configured ones: {@code <stage>.<setting>=value},
     *        or {@code <setting>=value} when only one stage has that setting;
     *        {@code <stage>.enabled=true|false} takes a stage in or leaves it out
     * @param progress checked for cancellation while waiting
     * @return the prepared pipeline
     * @throws CorpusException naming the key when no stage has that setting or the key fits several,
     *         and naming the value when the stage refuses it, or when stages are still missing
     * @throws java.util.concurrent.CancellationException if cancelled while waiting
     */
    PreparedCleaning prepare(Map<String, String> settings, Progress progress);

    /**
     * Switches a stage on or off for every later load, through its configuration, and waits until
     * the stage shows the new setting.
     *
     * @param name a stage's name
     * @param on whether imports run it
     * @return the stage as it is now
     * @throws NotFoundException if no stage has that name
     * @throws CorpusException if the stage cannot be switched or does not take the setting in time
     */
    PipelineStage switchTo(String name, boolean on);
}
