package org.sitrep.ingest.web;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Lets forbiddenapis pass one class that uses an API it bans in general (it matches any annotation
 * of this simple name). Say why in {@link #reason}.
 */
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.TYPE, ElementType.METHOD, ElementType.FIELD})
public @interface SuppressForbidden {
  String reason();
}
