package org.corpusbench.cleaning.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.corpusbench.api.CleaningStep;
import org.corpusbench.api.CorpusInfo;
import org.corpusbench.api.DocumentSplitter;
import org.corpusbench.api.Progress;
import org.corpusbench.api.Source;
import org.corpusbench.cleaning.newspaper.NewspaperStages;
import org.corpusbench.cleaning.newspaper.internal.FurnitureStep;
import org.corpusbench.cleaning.newspaper.internal.NewspaperSplitter;
import org.corpusbench.cleaning.newspaper.internal.RejoinLinesStep;
import org.corpusbench.cleaning.text.TextSteps;
import org.corpusbench.cleaning.text.internal.WhitespaceStep;
import org.corpusbench.cleaning.text.internal.WidthStep;
import org.corpusbench.testing.DsComponents;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A program without OSGi (the Spark job) assembles the workbench's cleaning from the bundles' public entry
 * points ({@link TextSteps}, {@link NewspaperStages}) and gets, with the default configuration, what the
 * pipeline service makes of the DS components: the same stages in the same order, the same settings and
 * provenance, and the same cleaned documents and reports on every seed, with and without per-load settings.
 */
class PlainJavaAssemblyTest {
    private static final Path SEEDS = Path.of("../../../seeds");

    static List<Map<String, String>> settings() {
        return List.of(Map.of(), Map.of("fold.traditional", "true"), Map.of("rejoin-lines.enabled", "false"),
                Map.of("newspaper-articles.enabled", "false", "normalise-width.fold.traditional", "true"));
    }

    @ParameterizedTest
    @MethodSource("settings")
    void thePlainJavaStagesCleanTheSeedsAsTheServicesDo(Map<String, String> settings) throws IOException {
        CleaningStages services = byDeclarativeServices();
        CleaningStages plain = plainJava();

        assertEquals(services.stages(), plain.stages());
        PreparedPipeline expected = services.prepare(settings, Progress.NONE);
        PreparedPipeline actual = plain.prepare(settings, Progress.NONE);
        assertEquals(expected.settings(), actual.settings());
        assertEquals(expected.provenance(), actual.provenance());
        assertEquals("normalise-whitespace,normalise-width,remove-furniture" + (settings.containsKey("rejoin-lines.enabled") ? "" : ",rejoin-lines"),
                actual.provenance().get(CorpusInfo.CLEANING));
        int documents = 0;
        try (Stream<Path> seeds = Files.list(SEEDS)) {
            for (Path seed : seeds.sorted().toList()) {
                String name = seed.getFileName().toString();
                Source source = new Source(name, name, Map.of("path", name));
                String text = Files.readString(seed, StandardCharsets.UTF_8);
                var cleaned = actual.clean(source, text);
                assertEquals(expected.clean(source, text), cleaned, name);
                documents += cleaned.documents().size();
            }
        }
        assertTrue(documents >= 5, documents + " documents from 5 seeds");
    }

    /** As the pipeline's DS component binds them: each component activated with its declared properties, bound with them. */
    private static CleaningStages byDeclarativeServices() {
        CleaningStages stages = new CleaningStages(4, 1, Duration.ZERO);
        long id = 10;
        // Bound in another order than they run: the pipeline orders them.
        for (Class<? extends CleaningStep> step : List.of(RejoinLinesStep.class, WidthStep.class, FurnitureStep.class,
                WhitespaceStep.class)) {
            Map<String, Object> properties = DsComponents.properties(step);
            stages.steps().bind(DsComponents.activate(step, properties), registered(step, properties, id++));
        }
        Map<String, Object> properties = DsComponents.properties(NewspaperSplitter.class);
        stages.splitters().bind(DsComponents.activate(NewspaperSplitter.class, properties),
                registered(NewspaperSplitter.class, properties, id));
        return stages;
    }

    private static CleaningStages plainJava() {
        Map<String, Object> none = Map.of();
        CleaningStages stages = new CleaningStages(0, 0, Duration.ZERO);
        stages.steps().bind(TextSteps.whitespace(none), TextSteps.whitespaceProperties(none));
        stages.steps().bind(TextSteps.width(none), TextSteps.widthProperties(none));
        stages.steps().bind(NewspaperStages.furniture(none), NewspaperStages.furnitureProperties(none));
        stages.steps().bind(NewspaperStages.rejoinLines(none), NewspaperStages.rejoinLinesProperties(none));
        DocumentSplitter splitter = NewspaperStages.articles(none);
        stages.splitters().bind(splitter, NewspaperStages.articlesProperties(none));
        return stages;
    }

    /** The service properties: the component's, and the framework's, which the pipeline leaves out of provenance. */
    private static Map<String, Object> registered(Class<?> component, Map<String, Object> properties, long id) {
        Map<String, Object> registered = new LinkedHashMap<>(properties);
        registered.put("component.name", component.getName());
        registered.put("component.id", id);
        registered.put("service.id", id + 100);
        registered.put("service.bundleid", 7L);
        registered.put("service.scope", "bundle");
        registered.put("objectClass", new String[] {CleaningStep.class.getName()});
        return registered;
    }
}
