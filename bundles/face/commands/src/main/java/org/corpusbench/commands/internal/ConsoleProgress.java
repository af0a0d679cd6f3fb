package org.corpusbench.commands.internal;

import java.io.PrintStream;
import org.corpusbench.api.Progress;

/**
 * Shows progress on one console line, rewritten at most every 200 ms, and treats an interrupted
 * command thread (Ctrl-C in the Karaf console) as cancellation. Work that ends within its first
 * second prints no progress at all, so quick commands print only their answer.
 */
final class ConsoleProgress implements Progress {
    private static final long INTERVAL_NANOS = 200_000_000L;
    private static final long QUIET_START_NANOS = 1_000_000_000L;
    private final PrintStream out;
    private final long started = System.nanoTime();
    private long lastPrinted = started;
    private boolean printed;

    ConsoleProgress(PrintStream out) {
        this.out = out;
    }

    @Override
    public void report(String stage, long done, long total) {
        long now = System.nanoTime();
        if (!printed && now - started < QUIET_START_NANOS) {
            return;
        }
        if (now - lastPrinted < INTERVAL_NANOS && !(printed && done == total)) {
            return;
        }
        lastPrinted = now;
        printed = true;
        out.print("\r" + stage + " " + done + (total >= 0 ? "/" + total : "") + "   ");
        out.flush();
    }

    @Override
    public boolean isCancelled() {
        return Thread.currentThread().isInterrupted();
    }

    /** Ends the progress line, if one was printed. */
    void finish() {
        if (printed) {
            out.println();
        }
    }
}
