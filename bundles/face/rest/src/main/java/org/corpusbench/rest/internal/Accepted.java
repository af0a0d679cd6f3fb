package org.corpusbench.rest.internal;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On a resource method that starts a job: it answers 202 Accepted, a {@code Location} naming the
 * job and a body of this type. Its Java return type is a {@code Response}, which the OpenAPI
 * document cannot read a schema from.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Accepted {
    Class<?> value();
}
