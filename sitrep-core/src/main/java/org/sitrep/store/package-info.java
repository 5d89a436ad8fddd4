/**
 * The ports of the event store: what the pipeline hands to a store ({@link
 * org.sitrep.store.EventSink}) and what readers ask of it ({@link org.sitrep.store.EventQuery}).
 * Interfaces and records only; the core knows no database. {@code sitrep-store} implements them on
 * PostgreSQL. Nothing here is null.
 */
package org.sitrep.store;
