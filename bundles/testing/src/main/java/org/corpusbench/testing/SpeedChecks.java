package org.corpusbench.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.corpusbench.api.CorpusView;

/**
 * What the speed checks in test sources (main methods, never tests) share: a wall-clock timing, the
 * machine's load beside each round, and the full scan of the token stream every figure is compared with.
 */
public final class SpeedChecks {
    private SpeedChecks() {
    }

    /** @return the seconds the task took, wall clock */
    public static double time(Runnable task) {
        long start = System.nanoTime();
        task.run();
        return (System.nanoTime() - start) / 1e9;
    }

    /** @return the load averages as /proc/loadavg gives them, or {@code ?} where there is none */
    public static String loadavg() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).trim();
        } catch (IOException e) {
            return "?";
        }
    }

    /** @return the sum of every type id: one pass over the token stream, the least a whole-corpus count costs */
    public static long scan(CorpusView corpus) {
        long sum = 0;
        for (int position = 0; position < corpus.tokenCount(); position++) {
            sum += corpus.typeId(position);
        }
        return sum;
    }
}
