package org.corpusbench.analysis.benchmark;

import java.util.Arrays;

/** The measured runs of one contender: durations, heap peaks, and its row of the Markdown table. */
final class Figures {
    static final String HEADER = "| what | median | spread (min–max) | ratio to full scan | target | peak heap of max heap |\n"
            + "|---|---:|---:|---:|---|---:|";

    private final Contender contender;
    private long[] nanos = new long[0];
    private long peakHeapMegabytes;
    private Throwable failure;

    Figures(Contender contender) {
        this.contender = contender;
    }

    void add(long duration, long peakHeap) {
        nanos = Arrays.copyOf(nanos, nanos.length + 1);
        nanos[nanos.length - 1] = duration;
        peakHeapMegabytes = Math.max(peakHeapMegabytes, peakHeap);
    }

    void fail(Throwable cause) {
        failure = cause;
    }

    Throwable failure() {
        return failure;
    }

    long median() {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    String row(long fullScanMedian) {
        if (failure != null) {
            return String.format("| %s | failed: %s | | | %s | of %,d MB |", contender.name(), failure,
                    contender.targetNanos() == 0 ? "–" : "< " + duration(contender.targetNanos()), Machine.maxHeapMegabytes());
        }
        long median = median();
        String spread = duration(Arrays.stream(nanos).min().orElse(0)) + " – " + duration(Arrays.stream(nanos).max().orElse(0));
        return String.format("| %s | %s | %s | %.3f | %s | %,d of %,d MB |", contender.name(), duration(median), spread,
                (double) median / fullScanMedian, target(median), peakHeapMegabytes, Machine.maxHeapMegabytes());
    }

    private String target(long median) {
        long target = contender.targetNanos();
        if (target == 0) {
            return "–";
        }
        return median < target ? "< " + duration(target) + ": met"
                : String.format("< %s: MISSED by %s (%.1f×)", duration(target), duration(median - target), (double) median / target);
    }

    static String duration(long nanos) {
        double millis = nanos / 1e6;
        if (millis >= 1000) {
            return String.format("%.2f s", millis / 1000);
        }
        return millis >= 10 ? String.format("%.0f ms", millis) : String.format("%.2f ms", millis);
    }
}
