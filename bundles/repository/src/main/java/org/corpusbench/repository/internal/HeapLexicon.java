package org.corpusbench.repository.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.corpusbench.api.Lexicon;
import org.corpusbench.api.TokenType;

/** An immutable lexicon held in the heap. */
final class HeapLexicon implements Lexicon {
    private final List<String> types;
    private final List<TokenType> categories;
    private final long[] frequencies;
    private final Map<String, Integer> ids;

    HeapLexicon(List<String> types, List<TokenType> categories, long[] frequencies) {
        this.types = List.copyOf(types);
        this.categories = List.copyOf(categories);
        this.frequencies = frequencies.clone();
        this.ids = new HashMap<>(types.size() * 2);
        for (int i = 0; i < types.size(); i++) {
            ids.put(types.get(i), i);
        }
    }

    @Override
    public int size() {
        return types.size();
    }

    @Override
    public String type(int id) {
        return types.get(id);
    }

    @Override
    public int id(String type) {
        return ids.getOrDefault(type, -1);
    }

    @Override
    public TokenType category(int id) {
        return categories.get(id);
    }

    @Override
    public long frequency(int id) {
        return frequencies[id];
    }
}
