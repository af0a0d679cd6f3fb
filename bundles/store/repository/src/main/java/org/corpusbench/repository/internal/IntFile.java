package org.corpusbench.repository.internal;

import java.io.IOException;
import java.nio.ByteOrder;
import java.nio.IntBuffer;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * A read-only file of little-endian ints, memory-mapped in chunks of 2^28 ints (1 GiB) because
 * one Java buffer cannot exceed 2 GiB. Nothing is read into the heap; the operating system pages
 * the file in as it is used. Thread-safe: the chunks are never repositioned.
 */
final class IntFile {
    private static final int CHUNK_SHIFT = 28;
    private static final int CHUNK_MASK = (1 << CHUNK_SHIFT) - 1;

    private final IntBuffer[] chunks;
    private final MappedByteBuffer[] mapped;
    private final long length;

    private IntFile(IntBuffer[] chunks, MappedByteBuffer[] mapped, long length) {
        this.chunks = chunks;
        this.mapped = mapped;
        this.length = length;
    }

    static IntFile map(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            return map(channel, channel.size() / Integer.BYTES, FileChannel.MapMode.READ_ONLY);
        }
    }

    /** Creates a file of {@code length} zero ints, mapped for writing with {@link #set}. */
    static IntFile create(Path file, long length) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.READ,
                StandardOpenOption.WRITE)) {
            return map(channel, length, FileChannel.MapMode.READ_WRITE);
        }
    }

    private static IntFile map(FileChannel channel, long length, FileChannel.MapMode mode) throws IOException {
        int count = (int) ((length + CHUNK_MASK) >>> CHUNK_SHIFT);
        IntBuffer[] chunks = new IntBuffer[count];
        MappedByteBuffer[] mapped = new MappedByteBuffer[count];
        for (int c = 0; c < count; c++) {
            long first = (long) c << CHUNK_SHIFT;
            long ints = Math.min(1L << CHUNK_SHIFT, length - first);
            mapped[c] = channel.map(mode, first * Integer.BYTES, ints * Integer.BYTES);
            chunks[c] = mapped[c].order(ByteOrder.LITTLE_ENDIAN).asIntBuffer();
        }
        return new IntFile(chunks, mapped, length);
    }

    long length() {
        return length;
    }

    int get(long index) {
        if (index < 0 || index >= length) {
            throw new IndexOutOfBoundsException("Index " + index + " outside [0, " + length + ")");
        }
        return chunks[(int) (index >>> CHUNK_SHIFT)].get((int) (index & CHUNK_MASK));
    }

    /** Writes an int; only for a file made by {@link #create}. */
    void set(long index, int value) {
        chunks[(int) (index >>> CHUNK_SHIFT)].put((int) (index & CHUNK_MASK), value);
    }

    /** Writes what {@link #set} changed through to the disk. */
    void force() {
        for (MappedByteBuffer chunk : mapped) {
            chunk.force();
        }
    }

    /** @return {@code count} ints from {@code from} as a read-only buffer, without copying when they lie in one chunk */
    IntBuffer slice(long from, int count) {
        int chunk = (int) (from >>> CHUNK_SHIFT);
        int offset = (int) (from & CHUNK_MASK);
        if (count == 0 || offset + count <= chunks[chunk].limit()) {
            return count == 0 ? IntBuffer.allocate(0).asReadOnlyBuffer() : chunks[chunk].slice(offset, count).asReadOnlyBuffer();
        }
        int[] copy = new int[count];
        for (int i = 0; i < count; i++) {
            copy[i] = get(from + i);
        }
        return IntBuffer.wrap(copy).asReadOnlyBuffer();
    }
}
