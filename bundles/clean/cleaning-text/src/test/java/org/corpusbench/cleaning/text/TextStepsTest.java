package org.corpusbench.cleaning.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.corpusbench.api.CleaningStep;
import org.corpusbench.cleaning.text.internal.WhitespaceStep;
import org.corpusbench.cleaning.text.internal.WidthStep;
import org.corpusbench.testing.DsComponents;
import org.junit.jupiter.api.Test;

/**
 * The plain-Java steps are the services: with no configuration, the properties {@link TextSteps} gives are
 * the ones the DS components register (as bnd declares them from the metatype), and the steps clean alike;
 * a configuration's values show in both and change both alike.
 */
class TextStepsTest {
    private static final String TEXT = "　記者  ＡＢＣ１２３報道,\r\n\r\n\r\n聊城\u200B日报";

    @Test
    void withoutConfigurationThePropertiesAndStepsAreTheServices() {
        Map<String, Object> whitespace = DsComponents.properties(WhitespaceStep.class);
        Map<String, Object> width = DsComponents.properties(WidthStep.class);

        assertEquals(whitespace, TextSteps.whitespaceProperties(Map.of()));
        assertEquals(width, TextSteps.widthProperties(Map.of()));
        assertEquals(DsComponents.activate(WhitespaceStep.class, whitespace).clean(TEXT), TextSteps.whitespace(Map.of()).clean(TEXT));
        CleaningStep service = DsComponents.activate(WidthStep.class, width);
        CleaningStep plain = TextSteps.width(Map.of());
        assertEquals(service.clean(TEXT), plain.clean(TEXT));
        assertEquals(service.settings(), plain.settings());
        assertEquals(service.with(Map.of(TextSteps.FOLD_TRADITIONAL, "true")).clean(TEXT),
                plain.with(Map.of(TextSteps.FOLD_TRADITIONAL, "true")).clean(TEXT));
    }

    @Test
    void aConfigurationsValuesOverTheDefaultsAsDeclarativeServicesPutsThem() {
        Map<String, Object> configuration = Map.of(TextSteps.FOLD_TRADITIONAL, "true", CleaningStep.ORDER, 90);
        Map<String, Object> properties = new java.util.LinkedHashMap<>(DsComponents.properties(WidthStep.class));
        properties.putAll(configuration);

        assertEquals(properties, TextSteps.widthProperties(configuration));
        assertEquals("记者报道", TextSteps.width(configuration).clean("記者報道").text());
        assertEquals(DsComponents.activate(WidthStep.class, properties).clean(TEXT), TextSteps.width(configuration).clean(TEXT));
    }
}
