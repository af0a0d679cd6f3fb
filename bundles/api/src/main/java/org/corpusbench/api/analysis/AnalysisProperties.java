package org.corpusbench.api.analysis;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.osgi.service.component.annotations.ComponentPropertyType;

/**
 * Declares an analysis component's service properties in a typed way:
 * {@code @AnalysisProperties(name = "frequency", title = "Word frequency", description = "...")}.
 */
@ComponentPropertyType
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface AnalysisProperties {
    /** Prefix that turns the element names into {@link Analysis#NAME} and its siblings. */
    String PREFIX_ = "corpus.analysis.";

    /** @return {@link Analysis#NAME} */
    String name();

    /** @return {@link Analysis#TITLE} */
    String title();

    /** @return {@link Analysis#DESCRIPTION} */
    String description() default "";
}
