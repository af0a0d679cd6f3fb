package org.corpusbench.rest.internal;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The role a resource method needs. {@link RoleCheck} enforces it and the OpenAPI document lists it;
 * a resource method without it is refused to everyone, so a new endpoint cannot be open by mistake.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface RequiresRole {
    Role value();
}
