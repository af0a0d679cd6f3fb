package org.corpusbench.repository.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes {@link StoreLayout#DOCUMENT_HEADERS}, its index and the hash table of document ids, so a
 * view answers ids, source ids, metadata and the index of an id without reading any text. The heap
 * holds one int per document (the id's hash) until {@link #close()} builds the table.
 */
final class DocumentHeadersWriter implements AutoCloseable {
    private final ObjectMapper json;
    private final OutputStream lines;
    private final LongFileWriter index;
    private final Path hashFile;
    private final IntArray hashes = new IntArray();
    private long bytes;
    private boolean closed;

    DocumentHeadersWriter(ObjectMapper json, Path lines, Path index, Path hash) throws IOException {
        this.json = json;
        this.lines = new BufferedOutputStream(Files.newOutputStream(lines), 1 << 16);
        this.index = new LongFileWriter(index);
        this.hashFile = hash;
    }

    /** @return a header's line, without its line break; any thread may encode one */
    static byte[] line(ObjectMapper json, DocumentHeader header) throws IOException {
        return json.writeValueAsBytes(header);
    }

    void add(DocumentHeader header) throws IOException {
        add(line(json, header), header.id());
    }

    /** Adds a header's line as {@link #line} encoded it; {@code id} is the header's document id. */
    void add(byte[] line, String id) throws IOException {
        index.write(bytes);
        lines.write(line);
        lines.write('\n');
        bytes += line.length + 1;
        hashes.add(StoreLayout.hash(id));
    }

    /** Ends the index with the file's length, closes the files and writes the hash table. */
    void finish() throws IOException {
        closed = true;
        try (lines; index) {
            index.write(bytes);
        }
        int[] table = new int[LexiconBuilder.tableSize(hashes.size())];
        int mask = table.length - 1;
        int[] all = hashes.toArray();
        for (int document = 0; document < all.length; document++) {
            int slot = all[document] & mask;
            while (table[slot] != 0) {
                slot = (slot + 1) & mask;
            }
            table[slot] = document + 1;
        }
        try (IntFileWriter out = new IntFileWriter(hashFile)) {
            for (int slot : table) {
                out.write(slot);
            }
        }
    }

    /** Closes the files without finishing them, for a write that is abandoned. */
    @Override
    public void close() throws IOException {
        if (!closed) {
            closed = true;
            try (lines; index) {
                lines.flush();
            }
        }
    }
}
