package org.corpusbench.api.analysis;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A parameter an analysis declares, so callers can offer it without knowing the analysis. The
 * registry checks every value against the type, the bounds and the choices before the analysis
 * runs, so analyses never check values by hand.
 *
 * @param name the key in commands ({@code name=value}) and URLs ({@code ?name=value})
 * @param type how the value is read
 * @param defaultValue the value used when none is given, as text; null if the parameter is required
 * @param description one sentence for people
 * @param min the least value of an {@link ParameterType#INTEGER} or {@link ParameterType#DECIMAL}, or null
 * @param max the greatest such value, or null
 * @param choices the only values a {@link ParameterType#STRING} may take, or empty for any text
 */
public record ParameterSpec(String name, ParameterType type, String defaultValue, String description, Double min,
        Double max, List<String> choices) {
    /** Rejects a missing name, type or description, bounds on a non-number and choices on a non-string. */
    public ParameterSpec {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(description, "description");
        choices = List.copyOf(choices);
        boolean numeric = type == ParameterType.INTEGER || type == ParameterType.DECIMAL;
        if ((min != null || max != null) && !numeric) {
            throw new IllegalArgumentException("Parameter '" + name + "': only numbers have bounds");
        }
        if (min != null && max != null && min > max) {
            throw new IllegalArgumentException("Parameter '" + name + "': min " + min + " is above max " + max);
        }
        if (!choices.isEmpty() && type != ParameterType.STRING) {
            throw new IllegalArgumentException("Parameter '" + name + "': only text parameters have choices");
        }
    }

    /**
     * A parameter without bounds or choices.
     *
     * @param name the key
     * @param type how the value is read
     * @param defaultValue the default as text, or null if required
     * @param description one sentence for people
     */
    public ParameterSpec(String name, ParameterType type, String defaultValue, String description) {
        this(name, type, defaultValue, description, null, null, List.of());
    }

    /**
     * @param least the least value allowed, or null for none
     * @param greatest the greatest value allowed, or null for none
     * @return this parameter with those bounds
     */
    public ParameterSpec between(Number least, Number greatest) {
        return new ParameterSpec(name, type, defaultValue, description, least == null ? null : least.doubleValue(),
                greatest == null ? null : greatest.doubleValue(), choices);
    }

    /**
     * @param values the only values allowed
     * @return this parameter with those choices
     */
    public ParameterSpec oneOf(String... values) {
        return new ParameterSpec(name, type, defaultValue, description, min, max, Arrays.asList(values));
    }

    /** @return whether a value must be given */
    public boolean required() {
        return defaultValue == null;
    }
}
