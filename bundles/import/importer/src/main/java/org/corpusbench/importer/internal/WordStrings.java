package org.corpusbench.importer.internal;

/**
 * One {@code String} per short word on one thread, reused for each token of that word: a newspaper
 * repeats a few thousand words, so most tokens need neither a new string (a substring of Chinese
 * text also tries and fails to compress it to Latin-1) nor, since a reused string keeps its hash,
 * the hashing the store's lexicon does for each token. A direct-mapped cache: a word whose slot
 * another word took is made again, so the cache stays bounded on any vocabulary. Not thread-safe:
 * one per thread.
 */
final class WordStrings {
    private static final int SLOTS = 1 << 15;
    /** Longer tokens are rarely repeated; hashing them twice would cost more than it saves. */
    private static final int LONGEST = 12;

    private final String[] slots = new String[SLOTS];

    /** @return {@code text.substring(from, to)}, or an equal string made before */
    String of(String text, int from, int to) {
        int length = to - from;
        if (length > LONGEST) {
            return text.substring(from, to);
        }
        int hash = 0;
        for (int i = from; i < to; i++) {
            hash = 31 * hash + text.charAt(i);
        }
        int slot = (hash ^ hash >>> 15) & (SLOTS - 1);
        String cached = slots[slot];
        if (cached != null && cached.length() == length && text.regionMatches(from, cached, 0, length)) {
            return cached;
        }
        String word = text.substring(from, to);
        slots[slot] = word;
        return word;
    }
}
