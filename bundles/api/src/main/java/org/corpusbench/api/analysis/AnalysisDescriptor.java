package org.corpusbench.api.analysis;

import java.util.List;
import java.util.Objects;

/**
 * An available analysis as callers see it.
 *
 * @param name its {@link Analysis#NAME}
 * @param title its {@link Analysis#TITLE}
 * @param description its {@link Analysis#DESCRIPTION}
 * @param parameters every parameter it accepts, the standard {@code selection} included
 * @param bundle symbolic name of the bundle that provides it
 * @param version that bundle's version
 */
public record AnalysisDescriptor(String name, String title, String description, List<ParameterSpec> parameters,
        String bundle, String version) {
    /** Copies the parameters. */
    public AnalysisDescriptor {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(description, "description");
        parameters = List.copyOf(parameters);
    }
}
