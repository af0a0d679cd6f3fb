package org.corpusbench.api;

import java.util.List;
import java.util.Objects;

/**
 * What loading did with one input.
 *
 * @param location the file or archive entry
 * @param outcome read, read with damage, or skipped
 * @param encoding the charset it was decoded with, or "" if it was not decoded
 * @param confidence 0-100, how sure the encoding is (100 for a byte order mark or a given encoding)
 * @param undecodableBytes bytes that could not be decoded (each sequence became one U+FFFD)
 * @param undecodableOffsets byte offsets of the first undecodable sequences
 * @param problem why it was skipped or damaged, or "" if it was read cleanly
 */
public record SourceReport(String location, Outcome outcome, String encoding, int confidence, long undecodableBytes,
        List<Long> undecodableOffsets, String problem) {

    /** What happened to an input. */
    public enum Outcome {
        /** Read and decoded without error. */
        READ,
        /** Read, but some bytes could not be decoded. */
        DAMAGED,
        /** Not read; {@link SourceReport#problem()} says why. */
        SKIPPED
    }

    /** Copies the offsets and rejects nulls. */
    public SourceReport {
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(encoding, "encoding");
        undecodableOffsets = List.copyOf(undecodableOffsets);
        Objects.requireNonNull(problem, "problem");
    }

    /**
     * @param location the input
     * @param problem why it was skipped
     * @return the report of a skipped input
     */
    public static SourceReport skipped(String location, String problem) {
        return new SourceReport(location, Outcome.SKIPPED, "", 0, 0, List.of(), problem);
    }
}
