package org.corpusbench.analysis.tfidf.internal;

import java.util.function.Supplier;

/** A value computed on the first {@link #get()} and kept; thread-safe, computed once. */
final class Lazy<T> implements Supplier<T> {
    private final Supplier<T> compute;
    private volatile T value;

    Lazy(Supplier<T> compute) {
        this.compute = compute;
    }

    @Override
    public T get() {
        T known = value;
        if (known == null) {
            synchronized (this) {
                known = value;
                if (known == null) {
                    known = compute.get();
                    value = known;
                }
            }
        }
        return known;
    }
}
