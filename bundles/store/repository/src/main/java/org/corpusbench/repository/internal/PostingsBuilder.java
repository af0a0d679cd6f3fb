package org.corpusbench.repository.internal;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Inverts the token stream into the positions of each type, the layout of CWB/CQP's index. The
 * lexicon's counts give each type's place in the file; the positions are then gathered a window at
 * a time, a run of consecutive types whose positions fill a buffer on the heap, by one sequential
 * pass over the token types per window, and each window is appended to the file in order. Writing
 * each position straight into a memory-mapped file instead costs a random write, bounds check and
 * all, per token; a window is at most an eighth of the heap (and at least the largest type), so a
 * large corpus takes a few passes over the token types, which read at memory speed.
 */
final class PostingsBuilder {
    private static final long LEAST_WINDOW_BYTES = 4L << 20;
    private static final long MOST_WINDOW_BYTES = 256L << 20;

    private PostingsBuilder() {
    }

    static void write(Path folder, int[] counts, long tokenCount) throws IOException {
        write(folder, counts, tokenCount, windowInts(tokenCount));
    }

    /** As {@link #write(Path, int[], long)} with windows of a given number of positions (tests make it small). */
    static void write(Path folder, int[] counts, long tokenCount, int window) throws IOException {
        int[] starts = new int[counts.length + 1];
        try (IntFileWriter startsFile = new IntFileWriter(folder.resolve(StoreLayout.POSTING_STARTS))) {
            for (int type = 0; type < counts.length; type++) {
                startsFile.write(starts[type]);
                starts[type + 1] = starts[type] + counts[type];
            }
            startsFile.write(starts[counts.length]);
        }
        IntFile types = IntFile.map(folder.resolve(StoreLayout.TOKEN_TYPES));
        int[] buffer = new int[(int) Math.min(tokenCount, Math.max(window, largest(counts)))];
        try (IntFileWriter postings = new IntFileWriter(folder.resolve(StoreLayout.POSTINGS))) {
            for (int from = 0; from < counts.length; ) {
                int to = from + 1; // a window holds at least one type, and the buffer its positions
                while (to < counts.length && starts[to + 1] - starts[from] <= buffer.length) {
                    to++;
                }
                gather(types, tokenCount, starts, from, to, buffer);
                for (int i = 0, size = starts[to] - starts[from]; i < size; i++) {
                    postings.write(buffer[i]);
                }
                from = to;
            }
        }
    }

    /** Puts the positions of types {@code from..to-1}, type by type and ascending, at the start of the buffer. */
    private static void gather(IntFile types, long tokenCount, int[] starts, int from, int to, int[] buffer) {
        int[] cursors = new int[to - from];
        for (int type = from; type < to; type++) {
            cursors[type - from] = starts[type] - starts[from];
        }
        int width = to - from;
        for (long position = 0; position < tokenCount; position++) {
            int local = types.get(position) - from;
            if (Integer.compareUnsigned(local, width) < 0) {
                buffer[cursors[local]++] = (int) position;
            }
        }
    }

    private static int largest(int[] counts) {
        int largest = 0;
        for (int count : counts) {
            largest = Math.max(largest, count);
        }
        return largest;
    }

    private static int windowInts(long tokenCount) {
        long bytes = Math.max(LEAST_WINDOW_BYTES, Math.min(MOST_WINDOW_BYTES, Runtime.getRuntime().maxMemory() / 8));
        return (int) Math.min(tokenCount, bytes / Integer.BYTES);
    }
}
