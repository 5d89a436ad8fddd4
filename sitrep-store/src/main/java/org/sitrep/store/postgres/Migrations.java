package org.sitrep.store.postgres;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.sitrep.store.StoreException;

/**
 * Brings a database to the schema this Sitrep expects, with the scripts in {@code db/migration}
 * and the Java migrations given here.
 * Flyway takes a PostgreSQL advisory lock, so processes that open one server at once migrate it
 * once.
 */
final class Migrations {
  private Migrations() {}

  /** @return the number of scripts applied now: all on an empty database, none when current */
  static int apply(DataSource data, String where) {
    try {
      return Flyway.configure(Migrations.class.getClassLoader())
          .dataSource(data)
          .locations("classpath:db/migration")
          .javaMigrations(new V3__Blocks_of_older_events())
          // Through SLF4J, which Sitrep binds to nothing: its INFO lines are not for the user.
          .loggers("slf4j")
          .load()
          .migrate()
          .migrationsExecuted;
    } catch (FlywayException e) {
      throw new StoreException("could not bring the store at " + where + " up to date: "
          + Sql.oneLine(e), e);
    }
  }
}
