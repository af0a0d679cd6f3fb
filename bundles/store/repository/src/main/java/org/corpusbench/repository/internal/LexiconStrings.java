package org.corpusbench.repository.internal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The memory-mapped type strings of a lexicon, decoded one at a time, the last few thousand kept.
 * Thread-safe.
 */
final class LexiconStrings {
    /** Slots of {@link #recent}, a power of two: about a megabyte of strings at most. */
    private static final int RECENT = 1 << 14;
    private final ByteBuffer strings;
    private final IntFile offsets;
    /**
     * Types decoded lately, each in the slot its id picks. Frequent types are asked for again and
     * again (in n-gram rows, concordance lines, collocates), and each decoding allocates twice.
     * An entry is immutable (final fields), so threads racing on a slot each read a whole entry,
     * theirs or another's, and a wrong id only means decoding again.
     */
    private final Decoded[] recent = new Decoded[RECENT];

    private record Decoded(int id, String text) {
    }

    LexiconStrings(Path folder) throws IOException {
        try (FileChannel channel = FileChannel.open(folder.resolve(StoreLayout.LEXICON_STRINGS), StandardOpenOption.READ)) {
            this.strings = channel.map(FileChannel.MapMode.READ_ONLY, 0, channel.size());
        }
        this.offsets = IntFile.map(folder.resolve(StoreLayout.LEXICON_OFFSETS));
    }

    int size() {
        return (int) offsets.length() - 1;
    }

    /**
     * Decodes many types in three passes: their offsets, then a byte of each string, then the strings.
     * Each pass's loads are independent of each other, so their cache misses overlap, where decoding
     * one type after another waits for each miss in turn. The recent slots are left alone: the ids of a
     * long list are mostly asked for once.
     */
    String[] types(int[] ids) {
        int[] from = new int[ids.length];
        int[] to = new int[ids.length];
        for (int i = 0; i < ids.length; i++) {
            int id = ids[i];
            if (id < 0 || id >= size()) {
                throw new IndexOutOfBoundsException("No type " + id + " in a lexicon of " + size());
            }
            from[i] = offsets.get(id);
            to[i] = offsets.get(id + 1L);
        }
        int touched = 0;
        for (int i = 0; i < ids.length; i++) {
            touched += to[i] > from[i] ? strings.get(from[i]) : 0;
        }
        String[] types = new String[ids.length];
        for (int i = 0; i < ids.length; i++) {
            byte[] bytes = new byte[to[i] - from[i]];
            strings.get(from[i], bytes);
            types[i] = new String(bytes, StandardCharsets.UTF_8);
        }
        if (touched == Integer.MIN_VALUE) {
            Thread.onSpinWait(); // never in practice: it only makes the second pass's loads count
        }
        return types;
    }

    String type(int id) {
        if (id < 0 || id >= size()) {
            throw new IndexOutOfBoundsException("No type " + id + " in a lexicon of " + size());
        }
        Decoded cached = recent[id & (RECENT - 1)];
        if (cached != null && cached.id() == id) {
            return cached.text();
        }
        int from = offsets.get(id);
        byte[] bytes = new byte[offsets.get(id + 1) - from];
        strings.get(from, bytes);
        String text = new String(bytes, StandardCharsets.UTF_8);
        recent[id & (RECENT - 1)] = new Decoded(id, text);
        return text;
    }
}
