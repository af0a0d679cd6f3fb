package org.corpusbench.repository.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Appends little-endian ints to a file through a buffer of its own: a token's type, start and end
 * go through here, and {@code BufferedOutputStream}'s synchronized write of four bytes per int
 * was a fifth of the writing thread's time in an import. Not thread-safe.
 */
final class IntFileWriter implements AutoCloseable {
    private static final int BUFFER_BYTES = 1 << 16;
    private final OutputStream out;
    private final byte[] buffer = new byte[BUFFER_BYTES];
    private int filled;
    private long count;

    IntFileWriter(Path file) throws IOException {
        this.out = Files.newOutputStream(file);
    }

    void write(int value) throws IOException {
        if (filled == BUFFER_BYTES) {
            out.write(buffer, 0, filled);
            filled = 0;
        }
        buffer[filled] = (byte) value;
        buffer[filled + 1] = (byte) (value >>> 8);
        buffer[filled + 2] = (byte) (value >>> 16);
        buffer[filled + 3] = (byte) (value >>> 24);
        filled += Integer.BYTES;
        count++;
    }

    /** Writes {@code values[0..length-1]}: the postings go out a window at a time, not an int a call. */
    void write(int[] values, int length) throws IOException {
        for (int i = 0; i < length; ) {
            if (filled == BUFFER_BYTES) {
                out.write(buffer, 0, filled);
                filled = 0;
            }
            int n = Math.min(length - i, (BUFFER_BYTES - filled) / Integer.BYTES);
            ByteBuffer.wrap(buffer, filled, n * Integer.BYTES).order(ByteOrder.LITTLE_ENDIAN).asIntBuffer().put(values, i, n);
            filled += n * Integer.BYTES;
            i += n;
        }
        count += length;
    }

    long count() {
        return count;
    }

    @Override
    public void close() throws IOException {
        try (out) {
            out.write(buffer, 0, filled);
            filled = 0;
        }
    }
}
