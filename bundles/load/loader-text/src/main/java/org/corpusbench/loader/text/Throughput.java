package org.corpusbench.loader.text;

import java.util.Locale;

/** Bytes read so far and their rate, for progress reports. Not thread-safe. */
final class Throughput {
    private final long started = System.nanoTime();
    private long bytes;

    void add(long read) {
        bytes += read;
    }

    /** @return e.g. "loading 12.3 MB, 45.6 MB/s" */
    String describe() {
        double seconds = Math.max(1e-9, (System.nanoTime() - started) / 1e9);
        return String.format(Locale.ROOT, "loading %.1f MB, %.1f MB/s,", bytes / 1e6, bytes / 1e6 / seconds);
    }
}
