package org.corpusbench.api.analysis;

import java.util.Objects;

/**
 * A parameter an analysis declares, so callers can offer it without knowing the analysis.
 *
 * @param name the key in commands ({@code name=value}) and URLs ({@code ?name=value})
 * @param type how the value is read
 * @param defaultValue the value used when none is given, as text; null if the parameter is required
 * @param description one sentence for people
 */
public record ParameterSpec(String name, ParameterType type, String defaultValue, String description) {
    /** Rejects a missing name or type. */
    public ParameterSpec {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(description, "description");
    }

    /** @return whether a value must be given */
    public boolean required() {
        return defaultValue == null;
    }
}
