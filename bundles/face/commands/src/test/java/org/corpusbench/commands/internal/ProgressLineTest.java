package org.corpusbench.commands.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class ProgressLineTest {
    private static final long MS = 1_000_000L;
    private long now;

    @Test
    void describesStageCountsPercentRateAndTimeLeft() {
        assertEquals("segmenting 250/1000 25% 125/s ETA 0:06", ProgressLine.describe("segmenting", 250, 1000, 2000 * MS));
    }

    @Test
    void roundsTheTimeLeftUpAndShowsHours() {
        assertEquals("counting 3000000/40000000 7% 3.0M/s ETA 0:13",
                ProgressLine.describe("counting", 3_000_000, 40_000_000, 1000 * MS));
        assertEquals("counting 1/3602 0% 1/s ETA 1:00:01", ProgressLine.describe("counting", 1, 3602, 1000 * MS));
    }

    @Test
    void withoutATotalShowsCountAndRateOnly() {
        assertEquals("reading 4500 1.5k/s", ProgressLine.describe("reading", 4500, -1, 3000 * MS));
    }

    @Test
    void showsNoRateBeforeAnythingIsDoneAndNoTimeLeftWhenAllIs() {
        assertEquals("loading 0/10 0%", ProgressLine.describe("loading", 0, 10, 1000 * MS));
        assertEquals("loading 10/10 100% 5/s", ProgressLine.describe("loading", 10, 10, 2000 * MS));
        assertEquals("loading 0/0 100%", ProgressLine.describe("loading", 0, 0, 1000 * MS));
    }

    @Test
    void staysQuietForASecondThenRedrawsAtMostFourTimesASecond() {
        ProgressLine line = new ProgressLine(() -> now, 0);
        now = 500 * MS;
        assertNull(line.update("reading", 10, 100), "quick work prints nothing");
        now = 1000 * MS;
        assertEquals("\rreading 20/100 20% 20/s ETA 0:04", line.update("reading", 20, 100));
        now = 1100 * MS;
        assertNull(line.update("reading", 30, 100), "too soon after the last redraw");
        now = 1250 * MS;
        assertEquals("\rreading 50/100 50% 40/s ETA 0:02", line.update("reading", 50, 100));
    }

    @Test
    void aNewStageRestartsTheRateAndBlanksWhatTheLongerLineLeft() {
        ProgressLine line = new ProgressLine(() -> now, 0);
        now = 1000 * MS;
        line.update("reading", 20, 100);
        now = 1500 * MS;
        assertEquals("\rsegmenting 1/4 25%" + " ".repeat(14), line.update("segmenting", 1, 4));
        now = 2000 * MS;
        assertEquals("\rsegmenting 2/4 50% 4/s ETA 0:01", line.update("segmenting", 2, 4));
    }

    @Test
    void clearingBlanksTheDrawnLineOnce() {
        ProgressLine line = new ProgressLine(() -> now, 0);
        assertEquals("", line.clear(), "nothing drawn, nothing to clear");
        now = 1000 * MS;
        line.update("loading", 0, 10);
        assertEquals("\r" + " ".repeat(15) + "\r", line.clear());
        assertEquals("", line.clear());
    }

    @Test
    void cutsTheLineBeforeTheTerminalsLastColumnSoItNeverWraps() {
        ProgressLine line = new ProgressLine(() -> now, 12);
        now = 1000 * MS;
        assertEquals("\rreading 20/", line.update("reading", 20, 100));
    }
}
