/**
 * Immutable domain values handed from stage to stage. No field of a record here is {@code null}
 * unless its accessor says so; absent values are {@link java.util.Optional} or empty lists.
 */
package org.sitrep.model;
