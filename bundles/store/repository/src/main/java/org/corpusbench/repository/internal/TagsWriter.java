package org.corpusbench.repository.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.corpusbench.api.TokenType;

/**
 * Writes the part-of-speech tag attribute of a corpus whose tokens carry tags: the tag of each token,
 * the tags' lexicon and positions ({@link StoreLayout#TAGS}, laid out as the word attribute is), and
 * the distinct (type, tag) pairs with theirs ({@link StoreLayout#TAGGED_TYPES}). Made at the first
 * tagged token, so a corpus without tags costs nothing; the tokens before it, and any later token
 * without a tag, get the tag {@code ""}. Not thread-safe: the writing thread owns it.
 */
final class TagsWriter {
    /** The tag of a token whose segmenter gave none, in a corpus that has tags. */
    static final String NO_TAG = "";

    private final Path folder;
    private final LexiconBuilder tags = new LexiconBuilder();
    private final IntFileWriter tagIds;
    /** The last tag looked up and its id: neighbouring tokens often share a tag, and the map lookup is the cost. */
    private String lastTag;
    private int lastId = -1;

    /**
     * @param folder the generation's staging folder
     * @param untagged how many tokens were written before the first tagged one
     */
    TagsWriter(Path folder, long untagged) throws IOException {
        this.folder = folder;
        Files.createDirectories(folder.resolve(StoreLayout.TAGS));
        Files.createDirectories(folder.resolve(StoreLayout.TAGGED_TYPES));
        this.tagIds = new IntFileWriter(folder.resolve(StoreLayout.TAGS).resolve(StoreLayout.TOKEN_TYPES));
        for (long i = 0; i < untagged; i++) {
            write(null);
        }
    }

    /** @param tag the next token's tag, or null if it has none */
    void write(String tag) throws IOException {
        String value = tag == null ? NO_TAG : tag;
        int id;
        if (value.equals(lastTag)) {
            id = lastId;
            tags.count(id);
        } else {
            id = tags.add(value, TokenType.SYMBOL);
            lastTag = value;
            lastId = id;
        }
        tagIds.write(id);
    }

    /** Closes the file of tag ids; {@link #finish} follows if the corpus is committed. */
    void close() throws IOException {
        tagIds.close();
    }

    /**
     * Writes the tags' lexicon and positions, then numbers the (type, tag) pairs in order of first
     * occurrence and writes their ids, positions and the pairs of each type.
     *
     * @param typeCount the number of types of the word attribute
     * @param tokenCount the number of tokens
     */
    void finish(int typeCount, long tokenCount) throws IOException {
        Path tagFolder = folder.resolve(StoreLayout.TAGS);
        tags.write(tagFolder);
        PostingsBuilder.write(tagFolder, tags.counts(), tokenCount);
        Path pairFolder = folder.resolve(StoreLayout.TAGGED_TYPES);
        IntFile types = IntFile.map(folder.resolve(StoreLayout.TOKEN_TYPES));
        IntFile tagsOfTokens = IntFile.map(tagFolder.resolve(StoreLayout.TOKEN_TYPES));
        // Most types have one tag: the type's first pair is checked before the map of the others.
        int[] firstPair = new int[typeCount];
        Arrays.fill(firstPair, -1);
        Map<Long, Integer> otherPairs = new HashMap<>();
        IntArray pairTypes = new IntArray();
        IntArray pairTags = new IntArray();
        IntArray pairCounts = new IntArray();
        try (IntFileWriter pairIds = new IntFileWriter(pairFolder.resolve(StoreLayout.TOKEN_TYPES))) {
            for (long position = 0; position < tokenCount; position++) {
                int type = types.get(position);
                int tag = tagsOfTokens.get(position);
                int pair = firstPair[type];
                if (pair < 0) {
                    pair = newPair(type, tag, pairTypes, pairTags, pairCounts);
                    firstPair[type] = pair;
                } else if (pairTags.get(pair) != tag) {
                    long key = (long) type << 32 | tag;
                    Integer known = otherPairs.get(key);
                    if (known == null) {
                        known = newPair(type, tag, pairTypes, pairTags, pairCounts);
                        otherPairs.put(key, known);
                    }
                    pair = known;
                }
                pairCounts.increment(pair);
                pairIds.write(pair);
            }
        }
        writeInts(pairFolder.resolve(StoreLayout.PAIR_TYPES), pairTypes.toArray());
        writeInts(pairFolder.resolve(StoreLayout.PAIR_TAGS), pairTags.toArray());
        writePairsOfTypes(pairFolder, pairTypes.toArray(), typeCount);
        PostingsBuilder.write(pairFolder, pairCounts.toArray(), tokenCount);
    }

    private static int newPair(int type, int tag, IntArray pairTypes, IntArray pairTags, IntArray pairCounts) {
        pairTypes.add(type);
        pairTags.add(tag);
        pairCounts.add(0);
        return pairTypes.size() - 1;
    }

    /** Each type's pairs, ascending, type after type, and where each type's start, then the pair count. */
    private static void writePairsOfTypes(Path pairFolder, int[] pairTypes, int typeCount) throws IOException {
        int[] starts = new int[typeCount + 1];
        for (int type : pairTypes) {
            starts[type + 1]++;
        }
        for (int type = 0; type < typeCount; type++) {
            starts[type + 1] += starts[type];
        }
        int[] cursors = Arrays.copyOf(starts, typeCount);
        int[] pairs = new int[pairTypes.length];
        for (int pair = 0; pair < pairTypes.length; pair++) {
            pairs[cursors[pairTypes[pair]]++] = pair;
        }
        writeInts(pairFolder.resolve(StoreLayout.TYPE_PAIR_STARTS), starts);
        writeInts(pairFolder.resolve(StoreLayout.TYPE_PAIRS), pairs);
    }

    private static void writeInts(Path file, int[] values) throws IOException {
        try (IntFileWriter out = new IntFileWriter(file)) {
            for (int value : values) {
                out.write(value);
            }
        }
    }
}
