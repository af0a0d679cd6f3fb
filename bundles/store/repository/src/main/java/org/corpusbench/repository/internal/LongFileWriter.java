package org.corpusbench.repository.internal;

import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Appends little-endian longs to a file through a buffer. Not thread-safe. */
final class LongFileWriter implements AutoCloseable {
    private final DataOutputStream out;

    LongFileWriter(Path file) throws IOException {
        this.out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file), 1 << 16));
    }

    void write(long value) throws IOException {
        out.writeLong(Long.reverseBytes(value));
    }

    @Override
    public void close() throws IOException {
        out.close();
    }
}
