package org.corpusbench.cleaning.newspaper;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.corpusbench.api.CleaningStep;
import org.corpusbench.api.DocumentSplitter;
import org.corpusbench.cleaning.newspaper.internal.FurnitureStep;
import org.corpusbench.cleaning.newspaper.internal.NewspaperSplitter;
import org.corpusbench.cleaning.newspaper.internal.RejoinLinesStep;
import org.corpusbench.testing.DsComponents;
import org.junit.jupiter.api.Test;

/**
 * The plain-Java stages are the services: with no configuration, the properties {@link NewspaperStages}
 * gives are the ones the DS components register (as bnd declares them from the metatype), and the stages
 * clean and split a seed page alike; a configuration's values show in both and change both alike.
 */
class NewspaperStagesTest {
    @Test
    void withoutConfigurationThePropertiesAndStagesAreTheServices() throws IOException {
        String page = seed();
        Map<String, Object> furniture = DsComponents.properties(FurnitureStep.class);
        Map<String, Object> rejoin = DsComponents.properties(RejoinLinesStep.class);
        Map<String, Object> articles = DsComponents.properties(NewspaperSplitter.class);

        assertEquals(comparable(furniture), comparable(NewspaperStages.furnitureProperties(Map.of())));
        assertEquals(rejoin, NewspaperStages.rejoinLinesProperties(Map.of()));
        assertEquals(articles, NewspaperStages.articlesProperties(Map.of()));
        assertEquals(DsComponents.activate(FurnitureStep.class, furniture).clean(page), NewspaperStages.furniture(Map.of()).clean(page));
        assertEquals(DsComponents.activate(RejoinLinesStep.class, rejoin).clean(page), NewspaperStages.rejoinLines(Map.of()).clean(page));
        DocumentSplitter service = DsComponents.activate(NewspaperSplitter.class, articles);
        assertEquals(service.split(page, Map.of("path", "p.txt")), NewspaperStages.articles(Map.of()).split(page, Map.of("path", "p.txt")));
    }

    @Test
    void aConfigurationsPatternsAndHeadingReplaceTheDefaultsAsDeclarativeServicesReadsThem() {
        String page = "今日导读\n要闻\n第3版\n聊城日报\n正文第一段。";
        Map<String, Object> configuration = Map.of(NewspaperStages.PATTERNS, "聊城日报", NewspaperStages.GUIDE_HEADING, "本期要目");
        Map<String, Object> properties = new LinkedHashMap<>(DsComponents.properties(FurnitureStep.class));
        properties.putAll(configuration);

        assertEquals(comparable(properties), comparable(NewspaperStages.furnitureProperties(configuration)));
        CleaningStep plain = NewspaperStages.furniture(configuration);
        assertEquals(DsComponents.activate(FurnitureStep.class, Map.of(NewspaperStages.PATTERNS, new String[] {"聊城日报"},
                NewspaperStages.GUIDE_HEADING, "本期要目")).clean(page), plain.clean(page));
        assertEquals(plain.clean(page), NewspaperStages.furniture(Map.of(NewspaperStages.PATTERNS, List.of("聊城日报"),
                NewspaperStages.GUIDE_HEADING, "本期要目")).clean(page));
        assertThrows(RuntimeException.class, () -> NewspaperStages.furniture(Map.of(NewspaperStages.PATTERNS, "(")));
    }

    private static String seed() throws IOException {
        try (var files = Files.list(NewsPipeline.seeds())) {
            return Files.readString(files.sorted().findFirst().orElseThrow(), StandardCharsets.UTF_8);
        }
    }

    /** Arrays compare by their elements. */
    private static Map<String, Object> comparable(Map<String, Object> properties) {
        Map<String, Object> comparable = new LinkedHashMap<>();
        properties.forEach((key, value) -> comparable.put(key, value instanceof Object[] array ? Arrays.asList(array) : value));
        return comparable;
    }
}
