package org.corpusbench.repository.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.function.IntConsumer;
import java.util.stream.IntStream;

/**
 * Inverts the token stream into the positions of each type, the layout of CWB/CQP's index. The
 * lexicon's counts give each type's place in the file; the positions are then gathered a window at
 * a time, a run of consecutive types whose positions fill a buffer on the heap, by one sequential
 * pass over the token types per window, and each window is appended to the file in order. Writing
 * each position straight into a memory-mapped file instead costs a random write, bounds check and
 * all, per token; a window is at most an eighth of the heap (and at least the largest type), so a
 * large corpus takes a few passes over the token types, which read at memory speed. Each pass is
 * shared by as many threads as there are cores, each over its own run of positions.
 */
final class PostingsBuilder {
    private static final long LEAST_WINDOW_BYTES = 4L << 20;
    private static final long MOST_WINDOW_BYTES = 256L << 20;
    /** Fewer positions than this a part are not worth a thread of their own. */
    private static final long LEAST_PART = 1 << 20;

    private PostingsBuilder() {
    }

    static void write(Path folder, int[] counts, long tokenCount) throws IOException {
        int parts = (int) Math.max(1, Math.min(Runtime.getRuntime().availableProcessors(), tokenCount / LEAST_PART));
        write(folder, counts, tokenCount, windowInts(tokenCount), parts);
    }

    /**
     * As {@link #write(Path, int[], long)} with windows of a given number of positions (tests make it
     * small), the token stream cut into {@code parts} runs of positions that threads gather at once:
     * the commit is the one stretch of an import that no other work overlaps, so on two cores it
     * would hold one idle. Each part first counts its types, which tells it where its positions of a
     * type go: after those of the parts before it.
     */
    static void write(Path folder, int[] counts, long tokenCount, int window, int parts) throws IOException {
        int[] starts = new int[counts.length + 1];
        try (IntFileWriter startsFile = new IntFileWriter(folder.resolve(StoreLayout.POSTING_STARTS))) {
            for (int type = 0; type < counts.length; type++) {
                startsFile.write(starts[type]);
                starts[type + 1] = starts[type] + counts[type];
            }
            startsFile.write(starts[counts.length]);
        }
        IntFile types = IntFile.map(folder.resolve(StoreLayout.TOKEN_TYPES));
        long[] bounds = new long[parts + 1];
        for (int part = 0; part <= parts; part++) {
            bounds[part] = tokenCount * part / parts;
        }
        int[][] before = positionsBefore(types, bounds, counts.length);
        int[] buffer = new int[(int) Math.min(tokenCount, Math.max(window, largest(counts)))];
        try (IntFileWriter postings = new IntFileWriter(folder.resolve(StoreLayout.POSTINGS))) {
            for (int from = 0; from < counts.length; ) {
                int to = from + 1; // a window holds at least one type, and the buffer its positions
                while (to < counts.length && starts[to + 1] - starts[from] <= buffer.length) {
                    to++;
                }
                int first = from;
                int last = to;
                inParallel(parts, part -> gather(types, bounds[part], bounds[part + 1], starts, before[part], first, last, buffer));
                postings.write(buffer, starts[to] - starts[from]);
                from = to;
            }
        }
    }

    /**
     * @return for each part, how many positions of each type the parts before it hold (counted by
     *     the parts at once); for a single part, no counting: nothing comes before it
     */
    private static int[][] positionsBefore(IntFile types, long[] bounds, int typeCount) {
        int parts = bounds.length - 1;
        int[][] counted = new int[parts][];
        counted[0] = new int[typeCount];
        inParallel(parts - 1, part -> counted[part + 1] = count(types, bounds[part], bounds[part + 1], typeCount));
        for (int part = 2; part < parts; part++) {
            for (int type = 0; type < typeCount; type++) {
                counted[part][type] += counted[part - 1][type];
            }
        }
        return counted;
    }

    private static int[] count(IntFile types, long from, long to, int typeCount) {
        int[] counts = new int[typeCount];
        for (long position = from; position < to; position++) {
            counts[types.get(position)]++;
        }
        return counts;
    }

    /** Runs the task for 0..n-1, on the calling thread alone when n is 1 or less. */
    private static void inParallel(int n, IntConsumer task) {
        if (n <= 1) {
            IntStream.range(0, n).forEach(task);
        } else {
            IntStream.range(0, n).parallel().forEach(task);
        }
    }

    /**
     * Puts the positions {@code fromPosition..toPosition-1} of types {@code from..to-1} where they
     * belong among all positions of those types (type by type, ascending), counted from the start of
     * the buffer; {@code before} says how many of each type's positions come before this run.
     */
    private static void gather(IntFile types, long fromPosition, long toPosition, int[] starts, int[] before, int from, int to,
            int[] buffer) {
        int[] cursors = new int[to - from];
        for (int type = from; type < to; type++) {
            cursors[type - from] = starts[type] - starts[from] + before[type];
        }
        int width = to - from;
        for (long position = fromPosition; position < toPosition; position++) {
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
