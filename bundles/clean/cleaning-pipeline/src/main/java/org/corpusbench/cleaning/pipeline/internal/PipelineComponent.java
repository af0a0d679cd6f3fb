package org.corpusbench.cleaning.pipeline.internal;

import java.io.IOException;
import java.time.Duration;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;
import org.corpusbench.api.CleaningPipeline;
import org.corpusbench.api.CleaningStep;
import org.corpusbench.api.CorpusException;
import org.corpusbench.api.DocumentSplitter;
import org.corpusbench.api.NotFoundException;
import org.corpusbench.api.PipelineStage;
import org.corpusbench.api.PreparedCleaning;
import org.corpusbench.api.Progress;
import org.corpusbench.cleaning.pipeline.CleaningStages;
import org.corpusbench.cleaning.pipeline.PipelineReadiness;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.component.runtime.ServiceComponentRuntime;
import org.osgi.service.component.runtime.dto.ComponentDescriptionDTO;

/**
 * The {@link CleaningPipeline} service: binds every cleaning step and splitter (dynamic, greedy, no
 * minimum, so stages coming and going never unregister it) into {@link CleaningStages}, and switches
 * a stage through Config Admin. A stage's configuration PID comes from the DS runtime, so hot-deployed
 * steps of other bundles are switched the same way.
 *
 * <p>It reads two configurations, the importer's first ({@code org.corpusbench.importer}, where the
 * keys below lived before the pipeline had an owner, so existing configurations keep working), then
 * its own ({@value PipelineReadiness#CONFIGURATION}), whose values win. bnd designates metatype for
 * one PID only, so the metatype of the pipeline's own PID is written by hand in
 * {@code OSGI-INF/metatype/org.corpusbench.cleaning.pipeline.xml}: keep it in step with {@link Config}.
 */
@Component(service = CleaningPipeline.class, configurationPid = {"org.corpusbench.importer", PipelineReadiness.CONFIGURATION})
public final class PipelineComponent implements CleaningPipeline {
    /** How long to wait for a switched stage to show its new setting. */
    private static final long SETTLE_MILLIS = 10_000;

    /** The configuration: how many steps and splitters a load needs and how long it waits for them. */
    @interface Config {
        // DS would read a key named after a reference plus ".cardinality.minimum" as that reference's
        // minimum; the references are named cleaningSteps and documentSplitters, so only this code reads them.
        /** @return how many cleaning steps (on or off) must be registered for a load to start */
        int steps_cardinality_minimum() default 4;

        /** @return how many document splitters must be registered for a load to start */
        int splitters_cardinality_minimum() default 1;

        /** @return seconds a load waits for missing stages before it fails naming them */
        int pipeline_wait_seconds() default 20;
    }

    private final CleaningStages stages;
    private final ConfigurationAdmin configurations;
    private final ServiceComponentRuntime runtime;

    /**
     * @param config the minimums and the wait
     * @param configurations to switch stages
     * @param runtime to find a stage's configuration PID
     */
    @Activate
    public PipelineComponent(Config config, @Reference ConfigurationAdmin configurations, @Reference ServiceComponentRuntime runtime) {
        this.stages = new CleaningStages(config.steps_cardinality_minimum(), config.splitters_cardinality_minimum(),
                Duration.ofSeconds(Math.max(0, config.pipeline_wait_seconds())));
        this.configurations = configurations;
        this.runtime = runtime;
    }

    @Reference(name = "cleaningSteps", service = CleaningStep.class, cardinality = ReferenceCardinality.MULTIPLE,
            policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY, unbind = "unbindStep",
            updated = "bindStep")
    void bindStep(CleaningStep step, Map<String, Object> properties) {
        stages.steps().bind(step, properties);
    }

    void unbindStep(CleaningStep step, Map<String, Object> properties) {
        stages.steps().unbind(step, properties);
    }

    @Reference(name = "documentSplitters", service = DocumentSplitter.class, cardinality = ReferenceCardinality.MULTIPLE,
            policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY, unbind = "unbindSplitter",
            updated = "bindSplitter")
    void bindSplitter(DocumentSplitter splitter, Map<String, Object> properties) {
        stages.splitters().bind(splitter, properties);
    }

    void unbindSplitter(DocumentSplitter splitter, Map<String, Object> properties) {
        stages.splitters().unbind(splitter, properties);
    }

    @Override
    public List<PipelineStage> stages() {
        return stages.stages();
    }

    @Override
    public PreparedCleaning prepare(Map<String, String> settings, Progress progress) {
        return stages.prepare(settings, progress);
    }

    @Override
    public PipelineStage switchTo(String name, boolean on) {
        Map<String, Object> properties = stages.properties(name).orElseThrow(() -> new NotFoundException("cleaning stage", name));
        String pid = pid(name, properties);
        try {
            Configuration configuration = configurations.getConfiguration(pid, "?");
            Dictionary<String, Object> values = configuration.getProperties() == null ? new Hashtable<>() : configuration.getProperties();
            values.put(CleaningStep.ENABLED, on);
            configuration.update(values);
            long deadline = System.currentTimeMillis() + SETTLE_MILLIS;
            while (System.currentTimeMillis() < deadline) {
                for (PipelineStage stage : stages.stages()) {
                    if (stage.name().equals(name) && stage.enabled() == on) {
                        return stage;
                    }
                }
                Thread.sleep(50);
            }
        } catch (IOException e) {
            throw new CorpusException("Cannot switch cleaning stage '" + name + "': configuration " + pid + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CorpusException("Interrupted while switching cleaning stage '" + name + "'");
        }
        throw new CorpusException("Cleaning stage '" + name + "' did not take its new setting within "
                + SETTLE_MILLIS / 1000 + " s (configuration " + pid + ")");
    }

    /** The first configuration PID of the DS component that registered the stage. */
    private String pid(String name, Map<String, Object> properties) {
        Object component = properties.get("component.name");
        Object bundle = properties.get("service.bundleid");
        for (ComponentDescriptionDTO description : runtime.getComponentDescriptionDTOs()) {
            if (description.name.equals(component) && (bundle == null || bundle.equals(description.bundle.id))
                    && description.configurationPid.length > 0) {
                return description.configurationPid[0];
            }
        }
        throw new CorpusException("Cleaning stage '" + name + "' is not a Declarative Services component with a configuration; "
                + "it cannot be switched");
    }
}
