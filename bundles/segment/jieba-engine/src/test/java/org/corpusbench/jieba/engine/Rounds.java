package org.corpusbench.jieba.engine;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.IntSupplier;

/**
 * Runs contenders in rounds (each once per round, in a fixed order) and keeps each one's MB/s per
 * measured round, so ratios can be taken within a round, where both contenders met the same load.
 */
final class Rounds {
    /**
     * @param passes how many times a round runs it, so that a fast contender is timed over a window
     *     closer to a slow one's and a few milliseconds of another process do not decide its figure
     * @param pass one pass over the input; returns something to keep the work alive
     */
    record Contender(int passes, IntSupplier pass) {
    }

    private final Map<String, double[]> rates = new LinkedHashMap<>();
    /** CPU time of all Java threads over wall time per round: how many cores the contender kept busy. */
    private final Map<String, double[]> coresBusy = new LinkedHashMap<>();
    private long checksum;

    private Rounds() {
    }

    static Rounds run(Map<String, Contender> contenders, double megabytes, int warmUps, int rounds) {
        Rounds result = new Rounds();
        contenders.keySet().forEach(name -> result.rates.put(name, new double[rounds]));
        contenders.keySet().forEach(name -> result.coresBusy.put(name, new double[rounds]));
        for (int round = -warmUps; round < rounds; round++) {
            for (Map.Entry<String, Contender> contender : contenders.entrySet()) {
                int passes = contender.getValue().passes();
                long cpuBefore = javaThreadsCpuTime();
                long started = System.nanoTime();
                for (int pass = 0; pass < passes; pass++) {
                    result.checksum += contender.getValue().pass().getAsInt();
                }
                long elapsed = System.nanoTime() - started;
                if (round >= 0) {
                    result.rates.get(contender.getKey())[round] = passes * megabytes / (elapsed / 1e9);
                    result.coresBusy.get(contender.getKey())[round] = (javaThreadsCpuTime() - cpuBefore) / (double) elapsed;
                }
            }
        }
        return result;
    }

    void printRates() {
        System.out.printf("%-48s %12s %16s %12s %18s%n", "contender", "median MB/s", "min-max MB/s", "cores busy", "MB per CPU second");
        rates.forEach((name, perRound) -> System.out.printf("%-48s %12.2f %16s %12.2f %18.2f%n", name, median(perRound),
                String.format("%.2f-%.2f", min(perRound), max(perRound)), median(coresBusy.get(name)), median(perCpuSecond(name))));
        System.out.println("(cores busy: CPU time of the JVM's Java threads over wall time, median; below the thread count"
                + " when the machine gives the JVM less)");
    }

    /** Prints the ratio of two contenders in each round, its median and range, and whether the median meets a target. */
    void printRatio(String numerator, String denominator, double target) {
        printRatio("RATIO", numerator, denominator, rates.get(numerator), rates.get(denominator), target);
    }

    /** As {@link #printRatio(String, String, double)}, of MB per CPU second: the speed-up if the machine gave every thread a core. */
    void printRatioPerCpuSecond(String numerator, String denominator) {
        printRatio("RATIO per CPU second", numerator, denominator, perCpuSecond(numerator), perCpuSecond(denominator), 0.9);
    }

    private double[] perCpuSecond(String name) {
        double[] perRound = rates.get(name).clone();
        for (int i = 0; i < perRound.length; i++) {
            perRound[i] /= coresBusy.get(name)[i];
        }
        return perRound;
    }

    private static void printRatio(String label, String numerator, String denominator, double[] top, double[] bottom, double target) {
        double[] ratios = new double[top.length];
        StringBuilder perRound = new StringBuilder();
        for (int i = 0; i < ratios.length; i++) {
            ratios[i] = top[i] / bottom[i];
            perRound.append(String.format(" %.2f", ratios[i]));
        }
        System.out.printf("%s %s / %s: median %.2fx, range %.2f-%.2fx (target %.1fx: %s); per round:%s%n", label, numerator, denominator,
                median(ratios), min(ratios), max(ratios), target, median(ratios) >= target ? "met" : "NOT met", perRound);
    }

    /** Per-thread clocks count nanoseconds; the process clock counts 10 ms ticks, too coarse for a round of 70 ms. */
    private static long javaThreadsCpuTime() {
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long sum = 0;
        for (long id : threads.getAllThreadIds()) {
            sum += Math.max(0, threads.getThreadCpuTime(id));
        }
        return sum;
    }

    long checksum() {
        return checksum;
    }

    static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    private static double min(double[] values) {
        return Arrays.stream(values).min().orElse(Double.NaN);
    }

    private static double max(double[] values) {
        return Arrays.stream(values).max().orElse(Double.NaN);
    }
}
