package org.sitrep.store.postgres;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * A Sitrep process killed while its store is open, for {@link EmbeddedServerIT}: opens the
 * embedded store on the data directory given as the only argument, stores nothing and halts
 * without running shutdown hooks, as SIGKILL would, leaving its PostgreSQL server running.
 */
public final class OpenAndDie {
  private OpenAndDie() {}

  public static void main(String[] args) {
    Stores.open(Path.of(args[0]), Optional.empty(), Map.of());
    System.out.println("opened");
    System.out.flush();
    Runtime.getRuntime().halt(9);
  }
}
