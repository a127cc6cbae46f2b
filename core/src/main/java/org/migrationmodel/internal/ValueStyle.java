package org.migrationmodel.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style of the library's value types: the generated {@code Immutable*} classes
 * stay package-private and callers see only the abstract type and its nested {@code Builder}. They
 * carry only annotations a user's compiler can resolve.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.SOURCE)
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    defaults = @Value.Immutable(copy = true),
    // No @org.immutables.value.Generated on generated classes: Immutables is not on users' class
    // path, and javac -Xlint warns of an annotation whose class it cannot find.
    allowedClasspathAnnotations = {javax.annotation.processing.Generated.class})
public @interface ValueStyle {}
