package org.corpusbench.repository.internal;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.corpusbench.api.Token;
import org.corpusbench.api.TokenType;

/**
 * Numbers types in order of first occurrence, counts their tokens and writes the lexicon files,
 * ranks in code-point order included. One thread adds and counts; any thread may look up the ids
 * given so far ({@link #knownId}), so documents can be prepared off the writing thread.
 */
final class LexiconBuilder {
    private final Map<String, Integer> ids = new ConcurrentHashMap<>();
    /** Per preparing thread; an import's threads end with it, so nothing stays behind. */
    private final ThreadLocal<ShortWordIds> shortWordIds = ThreadLocal.withInitial(ShortWordIds::new);
    private final List<String> types = new ArrayList<>();
    private int[] categories = new int[1024];
    private int[] counts = new int[1024];

    /**
     * Thread-safe. An id seen here was given for a type of a document added before, so looking ids up
     * early never changes which id a type gets.
     *
     * @return the id the type has been given, or -1 if none yet
     */
    int knownId(String type) {
        Integer id = ids.get(type);
        return id == null ? -1 : id;
    }

    /**
     * Thread-safe. As {@link #knownId} for each token, the short words' ids through this thread's
     * {@link ShortWordIds}, which remembers those the shared map gave.
     *
     * @param tokens the tokens of a document
     * @return the id of each token's type, or -1 for a type without one yet
     */
    int[] knownIds(List<Token> tokens) {
        ShortWordIds recent = shortWordIds.get();
        int[] found = new int[tokens.size()];
        for (int i = 0; i < found.length; i++) {
            String type = tokens.get(i).text();
            long key = ShortWordIds.key(type);
            int id = key == 0 ? ShortWordIds.ABSENT : recent.get(key);
            if (id == ShortWordIds.ABSENT) {
                id = knownId(type);
                if (id >= 0 && key != 0) { // an id, once given, never changes
                    recent.put(key, id);
                }
            }
            found[i] = id;
        }
        return found;
    }

    /** Counts one more token of a type that has an id. */
    void count(int id) {
        counts[id]++;
    }

    int add(String type, TokenType category) {
        Integer id = ids.get(type);
        if (id == null) {
            id = types.size();
            ids.put(type, id);
            types.add(type);
            if (id == categories.length) {
                categories = Arrays.copyOf(categories, id * 2);
                counts = Arrays.copyOf(counts, id * 2);
            }
            categories[id] = category.ordinal();
        }
        counts[id]++;
        return id;
    }

    int size() {
        return types.size();
    }

    int[] counts() {
        return Arrays.copyOf(counts, types.size());
    }

    void write(Path folder) throws IOException {
        try (OutputStream strings = new BufferedOutputStream(Files.newOutputStream(folder.resolve(StoreLayout.LEXICON_STRINGS)));
                IntFileWriter offsets = new IntFileWriter(folder.resolve(StoreLayout.LEXICON_OFFSETS));
                IntFileWriter kinds = new IntFileWriter(folder.resolve(StoreLayout.LEXICON_CATEGORIES))) {
            int offset = 0;
            for (int id = 0; id < types.size(); id++) {
                byte[] bytes = types.get(id).getBytes(StandardCharsets.UTF_8);
                offsets.write(offset);
                strings.write(bytes);
                offset = Math.addExact(offset, bytes.length);
                kinds.write(categories[id]);
            }
            offsets.write(offset);
        }
        TypeRanks.write(folder.resolve(StoreLayout.LEXICON_RANKS), folder.resolve(StoreLayout.LEXICON_BY_RANK), types.size(),
                types::get);
        int[] table = new int[tableSize(types.size())];
        int mask = table.length - 1;
        for (int id = 0; id < types.size(); id++) {
            int slot = StoreLayout.hash(types.get(id)) & mask;
            while (table[slot] != 0) {
                slot = (slot + 1) & mask;
            }
            table[slot] = id + 1;
        }
        try (IntFileWriter hash = new IntFileWriter(folder.resolve(StoreLayout.LEXICON_HASH))) {
            for (int slot : table) {
                hash.write(slot);
            }
        }
    }

    /** A power of two at least twice the number of types, so probes stay short. */
    static int tableSize(int typeCount) {
        return Math.max(16, Integer.highestOneBit(Math.max(1, typeCount)) << 2);
    }
}
