package org.corpusbench.repository.internal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.corpusbench.api.Lexicon;
import org.corpusbench.api.TokenType;

/**
 * A lexicon read from memory-mapped files: strings are decoded when asked for, and a string's id
 * is found through the stored open-addressing hash table, so opening costs no heap per type.
 */
final class MappedLexicon implements Lexicon {
    private static final TokenType[] CATEGORIES = TokenType.values();

    private final ByteBuffer strings;
    private final IntFile offsets;
    private final IntFile categories;
    private final IntFile hash;
    private final IntFile postingStarts;

    MappedLexicon(Path folder, IntFile postingStarts) throws IOException {
        try (FileChannel channel = FileChannel.open(folder.resolve(StoreLayout.LEXICON_STRINGS), StandardOpenOption.READ)) {
            this.strings = channel.map(FileChannel.MapMode.READ_ONLY, 0, channel.size());
        }
        this.offsets = IntFile.map(folder.resolve(StoreLayout.LEXICON_OFFSETS));
        this.categories = IntFile.map(folder.resolve(StoreLayout.LEXICON_CATEGORIES));
        this.hash = IntFile.map(folder.resolve(StoreLayout.LEXICON_HASH));
        this.postingStarts = postingStarts;
    }

    @Override
    public int size() {
        return (int) offsets.length() - 1;
    }

    @Override
    public String type(int id) {
        if (id < 0 || id >= size()) {
            throw new IndexOutOfBoundsException("No type " + id + " in a lexicon of " + size());
        }
        int from = offsets.get(id);
        byte[] bytes = new byte[offsets.get(id + 1) - from];
        strings.get(from, bytes);
        return new String(bytes, StandardCharsets.UTF_8);
    }

    @Override
    public int id(String type) {
        int mask = (int) hash.length() - 1;
        for (int slot = StoreLayout.hash(type) & mask; ; slot = (slot + 1) & mask) {
            int entry = hash.get(slot);
            if (entry == 0) {
                return -1;
            }
            if (type(entry - 1).equals(type)) {
                return entry - 1;
            }
        }
    }

    @Override
    public TokenType category(int id) {
        return CATEGORIES[categories.get(id)];
    }

    @Override
    public long frequency(int id) {
        return postingStarts.get(id + 1L) - (long) postingStarts.get(id);
    }
}
