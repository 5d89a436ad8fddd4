/**
 * The REST API over the event store ({@code sitrep serve}): {@link org.sitrep.server.ApiServer}
 * and the handlers it routes to. The server knows the store only by its ports, {@link
 * org.sitrep.store.EventQuery}, {@link org.sitrep.store.EventReview} and {@link
 * org.sitrep.store.EventSplitter}; it imports no SQL. See {@code docs/api.md}.
 */
package org.sitrep.server;
