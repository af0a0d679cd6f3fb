package org.corpusbench.query;

import java.util.Objects;
import java.util.Optional;

/**
 * A parsed CQL query: the token pattern and the optional {@code within} region.
 *
 * <p>{@link #toString()} gives the canonical CQL form, which {@link CqlParser#parse(String)} turns back
 * into an equal {@code Query}.
 *
 * @param body   the token pattern
 * @param within region the match must lie in (e.g. {@code s}, {@code text}), empty if not restricted
 */
public record Query(Node body, Optional<String> within) {
    public Query {
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(within, "within");
    }

    /** A query without a {@code within} clause. */
    public Query(Node body) {
        this(body, Optional.empty());
    }

    @Override
    public String toString() {
        return CqlPrinter.print(this);
    }
}
