package org.corpusbench.repository.internal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/** The memory-mapped type strings of a lexicon, decoded one at a time. Thread-safe. */
final class LexiconStrings {
    private final ByteBuffer strings;
    private final IntFile offsets;

    LexiconStrings(Path folder) throws IOException {
        try (FileChannel channel = FileChannel.open(folder.resolve(StoreLayout.LEXICON_STRINGS), StandardOpenOption.READ)) {
            this.strings = channel.map(FileChannel.MapMode.READ_ONLY, 0, channel.size());
        }
        this.offsets = IntFile.map(folder.resolve(StoreLayout.LEXICON_OFFSETS));
    }

    int size() {
        return (int) offsets.length() - 1;
    }

    String type(int id) {
        if (id < 0 || id >= size()) {
            throw new IndexOutOfBoundsException("No type " + id + " in a lexicon of " + size());
        }
        int from = offsets.get(id);
        byte[] bytes = new byte[offsets.get(id + 1) - from];
        strings.get(from, bytes);
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
