package org.corpusbench.cleaning.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.corpusbench.api.CleaningStep;
import org.corpusbench.api.CorpusException;
import org.junit.jupiter.api.Test;

/** The per-load setting of normalise-width: fold.traditional for one load, the configured step untouched. */
class WidthCleaningStepTest {
    private final CleaningStep configured = TextSteps.width(Map.of());

    @Test
    void foldsForOneLoadOnlyAndReportsItsSetting() {
        CleaningStep folding = configured.with(Map.of("fold.traditional", "true"));
        assertEquals("记者报道", folding.clean("記者報道").text());
        assertEquals("記者報道", configured.clean("記者報道").text(), "the configured step keeps traditional text");
        assertEquals(Map.of("fold.traditional", "true"), folding.settings());
        assertEquals(Map.of("fold.traditional", "false"), configured.settings());
    }

    @Test
    void theSameValueKeepsTheStep() {
        assertSame(configured, configured.with(Map.of("fold.traditional", "FALSE")));
        assertSame(configured, configured.with(Map.of()));
    }

    @Test
    void refusesAValueThatIsNotABooleanAndAnUnknownSetting() {
        CorpusException refused = assertThrows(CorpusException.class, () -> configured.with(Map.of("fold.traditional", "yes")));
        assertTrue(refused.getMessage().contains("fold.traditional") && refused.getMessage().contains("yes"), refused.getMessage());
        CorpusException unknown = assertThrows(CorpusException.class, () -> configured.with(Map.of("fold.simplified", "true")));
        assertTrue(unknown.getMessage().contains("fold.simplified"), unknown.getMessage());
    }
}
