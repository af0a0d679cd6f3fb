package org.corpusbench.analysis.ngrams;

/**
 * Collects windows with their hashes and hands them on a few thousand at a time. Sketch and table
 * lookups of distinct n-grams land at random places in arrays far larger than the caches; a
 * consumer that first reads every place of a batch in a tight loop lets the processor fetch many
 * of them at once, where one lookup after another waits for memory each time. Call
 * {@link #flush()} after the scan. Not thread-safe.
 */
final class WindowBatch implements WindowScanner.Sink {
    static final int SIZE = 2048;

    /** Receives a batch of windows. */
    @FunctionalInterface
    interface Consumer {
        /**
         * @param keys {@code count} packed keys, {@code words} longs each
         * @param hashes their {@link NGramTable#hash}
         * @param documents their documents, in document order
         */
        void accept(long[] keys, long[] hashes, int[] documents, int count);
    }

    private final int words;
    private final Consumer consumer;
    private final long[] keys;
    private final long[] hashes = new long[SIZE];
    private final int[] documents = new int[SIZE];
    private int count;

    WindowBatch(int words, Consumer consumer) {
        this.words = words;
        this.consumer = consumer;
        this.keys = new long[SIZE * words];
    }

    @Override
    public void accept(long[] key, int document) {
        System.arraycopy(key, 0, keys, count * words, words);
        hashes[count] = NGramTable.hash(key, words);
        documents[count] = document;
        if (++count == SIZE) {
            flush();
        }
    }

    /** Hands on the windows collected so far. */
    void flush() {
        if (count > 0) {
            consumer.accept(keys, hashes, documents, count);
            count = 0;
        }
    }
}
