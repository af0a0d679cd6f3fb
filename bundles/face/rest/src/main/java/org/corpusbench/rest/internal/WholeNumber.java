package org.corpusbench.rest.internal;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a text parameter that the method reads as a whole number with {@link Numbers#whole}, so the
 * OpenAPI document calls it an integer. Why text: JAX-RS answers a query parameter it cannot convert
 * with a bare 404, and a user deserves a 400 naming the parameter.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.PARAMETER)
public @interface WholeNumber {
}
