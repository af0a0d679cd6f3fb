package org.corpusbench.rest.internal;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The error statuses a resource method answers beside those every method may (400, 401, 403, 404,
 * 500), for the OpenAPI document: 409 (a name taken), 413 (a body too large), 503 (the work gate full).
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface AlsoAnswers {
    int[] value();
}
