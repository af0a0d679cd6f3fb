package org.corpusbench.analysis.benchmark;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

/** What the figures were measured on, and the memory readings of this JVM. */
final class Machine {
    private Machine() {
    }

    static String describe() {
        return String.format("%s, %d cores (nproc), %s, %.1f GB RAM, Java %s, %s", cpuModel(),
                Runtime.getRuntime().availableProcessors(), System.getProperty("os.name") + " " + System.getProperty("os.version"),
                ManagementFactory.getPlatformMXBean(com.sun.management.OperatingSystemMXBean.class).getTotalMemorySize() / 1e9,
                System.getProperty("java.version"), ZonedDateTime.now().format(DateTimeFormatter.RFC_1123_DATE_TIME));
    }

    /** Peak resident set size of this process in MB (VmHWM); it counts the mapped corpus pages touched too. */
    static long peakRssMegabytes() {
        return statusKilobytes("VmHWM") >> 10;
    }

    static long maxHeapMegabytes() {
        return Runtime.getRuntime().maxMemory() >> 20;
    }

    static long heapUsedMegabytes() {
        return (Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory()) >> 20;
    }

    /** Forgets the heap pools' peaks, so that {@link #peakHeapMegabytes()} covers what follows. */
    static void resetPeakHeap() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pool.resetPeakUsage();
            }
        }
    }

    /** The sum of the heap pools' peaks since the last reset: an upper bound of the heap used at any one time. */
    static long peakHeapMegabytes() {
        long bytes = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                bytes += pool.getPeakUsage().getUsed();
            }
        }
        return bytes >> 20;
    }

    private static String cpuModel() {
        try {
            return Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(line -> line.startsWith("model name"))
                    .map(line -> line.substring(line.indexOf(':') + 1).trim()).findFirst().orElse("unknown CPU");
        } catch (IOException e) {
            return "unknown CPU";
        }
    }

    private static long statusKilobytes(String key) {
        try {
            return Files.readAllLines(Path.of("/proc/self/status")).stream().filter(line -> line.startsWith(key + ":"))
                    .map(line -> Long.parseLong(line.replaceAll("\\D+", ""))).findFirst().orElse(-1L);
        } catch (IOException e) {
            return -1;
        }
    }
}
