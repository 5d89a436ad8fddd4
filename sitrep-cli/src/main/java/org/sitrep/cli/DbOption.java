package org.sitrep.cli;

import java.nio.file.Path;
import java.util.Optional;
import org.sitrep.store.postgres.PostgresStore;
import org.sitrep.store.postgres.Stores;
import picocli.CommandLine.Option;

/** The {@code --db} option of the commands that use the event store. */
final class DbOption {
  @Option(
      names = "--db",
      paramLabel = "URL",
      description = "A PostgreSQL server to use, jdbc:postgresql://HOST[:PORT]/DATABASE; user and"
          + " password from the URL or $SITREP_DB_USER, $SITREP_DB_PASSWORD (default: an"
          + " embedded server in DATA_DIR/store).")
  Optional<String> db = Optional.empty();

  /**
   * Opens the store: the server named by {@code --db}, else the embedded one of the data
   * directory (started if need be).
   *
   * @throws org.sitrep.store.StoreException when it cannot be opened, in one line
   */
  PostgresStore open(Path dataDir) {
    return Stores.open(dataDir, db, System.getenv());
  }
}
