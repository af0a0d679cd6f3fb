package org.corpusbench.repository.internal;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** Appends little-endian ints to a file through a buffer. Not thread-safe. */
final class IntFileWriter implements AutoCloseable {
    private final OutputStream out;
    private final byte[] word = new byte[Integer.BYTES];
    private long count;

    IntFileWriter(Path file) throws IOException {
        this.out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
    }

    void write(int value) throws IOException {
        word[0] = (byte) value;
        word[1] = (byte) (value >>> 8);
        word[2] = (byte) (value >>> 16);
        word[3] = (byte) (value >>> 24);
        out.write(word);
        count++;
    }

    long count() {
        return count;
    }

    @Override
    public void close() throws IOException {
        out.close();
    }
}
