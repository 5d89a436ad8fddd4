package org.sitrep.store;

import java.io.IOException;

/**
 * Takes the events {@link EventQuery#each} reads, one at a time. It may write them to a client
 * as they come, hence the {@link IOException}: it stops the read and is thrown on as it is.
 */
@FunctionalInterface
public interface EventConsumer {
  void accept(StoredEvent event) throws IOException;
}
