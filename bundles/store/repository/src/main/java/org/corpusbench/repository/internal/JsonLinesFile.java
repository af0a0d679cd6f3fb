package org.corpusbench.repository.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.LongBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * A file of JSON lines with an index of longs giving the byte offset of each line and then the
 * file's length, read one line at a time by positional reads (which are thread-safe), so only
 * the line asked for is decoded.
 */
final class JsonLinesFile implements AutoCloseable {
    private final FileChannel lines;
    private final LongBuffer offsets;
    private final String fileName;
    private final ObjectMapper json;

    JsonLinesFile(Path lines, Path index, ObjectMapper json) throws IOException {
        this.lines = FileChannel.open(lines, StandardOpenOption.READ);
        try (FileChannel channel = FileChannel.open(index, StandardOpenOption.READ)) {
            this.offsets = channel.map(FileChannel.MapMode.READ_ONLY, 0, channel.size())
                    .order(ByteOrder.LITTLE_ENDIAN).asLongBuffer();
        } catch (IOException | RuntimeException e) {
            this.lines.close();
            throw e;
        }
        this.fileName = lines.getFileName().toString();
        this.json = json;
    }

    /** @return the number of lines the index locates */
    int size() {
        return offsets.limit() - 1;
    }

    /**
     * @param line a line number, {@code 0..size()-1}, checked by the caller
     * @return the line decoded as {@code type}
     */
    <T> T read(int line, Class<T> type) throws IOException {
        long from = offsets.get(line);
        ByteBuffer bytes = ByteBuffer.allocate((int) (offsets.get(line + 1) - from));
        while (bytes.hasRemaining()) {
            if (lines.read(bytes, from + bytes.position()) < 0) {
                throw new IOException("unexpected end of " + fileName);
            }
        }
        return json.readValue(bytes.array(), type);
    }

    @Override
    public void close() throws IOException {
        lines.close();
    }
}
