package org.corpusbench.analysis.benchmark;

import java.util.function.LongSupplier;

/**
 * One measured task.
 *
 * @param name what it does, as the table shows it
 * @param targetNanos the limit, 0 for none
 * @param task does the work once and returns a checksum of what it produced, so nothing can be skipped
 */
record Contender(String name, long targetNanos, LongSupplier task) {
}
