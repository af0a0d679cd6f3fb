package org.corpusbench.rest.internal;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On a resource method that writes its JSON as it works (a {@code StreamingOutput} in a
 * {@code Response}, so memory stays bounded): the body it streams has this type's shape, which the
 * OpenAPI document cannot read from the Java return type.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Streamed {
    Class<?> value();
}
