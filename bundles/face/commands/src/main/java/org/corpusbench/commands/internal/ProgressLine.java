package org.corpusbench.commands.internal;

import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * The text of a progress line that a terminal redraws in place: stage, done/total, percent, rate and
 * ETA. It stays silent for the first second, so quick commands print only their answer, and then
 * redraws at most four times a second, so progress never slows the work it reports. Thread-safe:
 * parallel work may report from several threads.
 */
final class ProgressLine {
    static final long QUIET_START_NANOS = 1_000_000_000L;
    static final long REDRAW_NANOS = 250_000_000L;
    private static final long SECOND = 1_000_000_000L;

    private final LongSupplier nanoClock;
    private final int width;
    private final long started;
    private String stage;
    private long stageStarted;
    private long lastDrawn;
    private int drawnLength;

    /**
     * @param nanoClock the time in nanoseconds, as {@link System#nanoTime()}
     * @param width the terminal's width in columns, or 0 if unknown; longer lines are cut so they never wrap
     */
    ProgressLine(LongSupplier nanoClock, int width) {
        this.nanoClock = nanoClock;
        this.width = width;
        this.started = nanoClock.getAsLong();
        this.stageStarted = started;
    }

    /** @return what to print to redraw the line now, or null if it is not time to redraw */
    synchronized String update(String stage, long done, long total) {
        long now = nanoClock.getAsLong();
        if (!stage.equals(this.stage)) {
            // the first stage began when the work did, before its first report
            stageStarted = this.stage == null ? started : now;
            this.stage = stage;
        }
        boolean due = drawnLength == 0 ? now - started >= QUIET_START_NANOS : now - lastDrawn >= REDRAW_NANOS;
        if (!due) {
            return null;
        }
        String text = describe(stage, done, total, now - stageStarted);
        if (width > 0 && text.length() >= width) {
            text = text.substring(0, width - 1);
        }
        String redraw = "\r" + text + " ".repeat(Math.max(0, drawnLength - text.length()));
        lastDrawn = now;
        drawnLength = text.length();
        return redraw;
    }

    /** @return what to print to blank the line and return to its start; empty if nothing was drawn */
    synchronized String clear() {
        String blank = drawnLength == 0 ? "" : "\r" + " ".repeat(drawnLength) + "\r";
        drawnLength = 0;
        return blank;
    }

    /**
     * @param elapsedNanos time spent on this stage; the rate is done over this time
     * @return "segmenting 250/1000 25% 125/s ETA 0:06", fewer fields when the total or rate is unknown
     */
    static String describe(String stage, long done, long total, long elapsedNanos) {
        StringBuilder line = new StringBuilder(stage).append(' ').append(done);
        if (total >= 0) {
            line.append('/').append(total).append(' ').append(total == 0 ? 100 : done * 100 / total).append('%');
        }
        if (done > 0 && elapsedNanos > 0) {
            double perSecond = done * (double) SECOND / elapsedNanos;
            line.append(' ').append(rate(perSecond));
            if (total > done) {
                line.append(" ETA ").append(duration((long) Math.ceil((total - done) / perSecond)));
            }
        }
        return line.toString();
    }

    private static String rate(double perSecond) {
        if (perSecond < 1_000) {
            return Math.round(perSecond) + "/s";
        }
        if (perSecond < 1_000_000) {
            return String.format(Locale.ROOT, "%.1fk/s", perSecond / 1_000);
        }
        return String.format(Locale.ROOT, "%.1fM/s", perSecond / 1_000_000);
    }

    private static String duration(long seconds) {
        long hours = seconds / 3600;
        long minutes = seconds / 60 % 60;
        return hours > 0 ? String.format(Locale.ROOT, "%d:%02d:%02d", hours, minutes, seconds % 60)
                : String.format(Locale.ROOT, "%d:%02d", minutes, seconds % 60);
    }
}
