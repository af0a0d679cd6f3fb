package org.corpusbench.repository.internal;

import java.io.IOException;
import java.nio.file.Path;
import org.corpusbench.api.Lexicon;
import org.corpusbench.api.TokenType;

/**
 * A lexicon read from memory-mapped files: strings are decoded when asked for, a string's id is
 * found through the stored open-addressing hash table, and ranks in code-point order are stored
 * ({@link TypeRanks}), so opening costs no heap per type.
 */
final class MappedLexicon implements Lexicon {
    private static final TokenType[] CATEGORIES = TokenType.values();

    private final LexiconStrings strings;
    private final IntFile categories;
    private final IntFile hash;
    private final IntFile postingStarts;
    private final IntFile ranks;
    private final IntFile idsByRank;

    MappedLexicon(Path folder, IntFile postingStarts) throws IOException {
        this.strings = new LexiconStrings(folder);
        this.categories = IntFile.map(folder.resolve(StoreLayout.LEXICON_CATEGORIES));
        this.hash = IntFile.map(folder.resolve(StoreLayout.LEXICON_HASH));
        this.postingStarts = postingStarts;
        this.ranks = IntFile.map(folder.resolve(StoreLayout.LEXICON_RANKS));
        this.idsByRank = IntFile.map(folder.resolve(StoreLayout.LEXICON_BY_RANK));
    }

    @Override
    public int size() {
        return strings.size();
    }

    @Override
    public String type(int id) {
        return strings.type(id);
    }

    @Override
    public String[] types(int[] ids) {
        return strings.types(ids);
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

    @Override
    public int rank(int id) {
        return ranks.get(id);
    }

    @Override
    public int idOfRank(int rank) {
        return idsByRank.get(rank);
    }
}
