package org.sitrep.store.postgres;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.sitrep.store.StoredEvent;

/**
 * Gives the events stored before merging on store ({@code V2}) their blocks, so that new reports
 * of them are merged into them too. The blocks come from {@link org.sitrep.merge.EventBlock}, Java
 * code, hence a Java migration; Flyway runs it once, in its own transaction, after {@code V2}.
 * The class name is Flyway's convention: version 3, its description after the two underscores.
 */
final class V3__Blocks_of_older_events extends BaseJavaMigration {
  /** Events read at once: a few hundred rows and their evidence, whatever the store's size. */
  private static final int BATCH = 500;

  private static final String WITHOUT_BLOCKS = "SELECT id FROM event e WHERE NOT EXISTS"
      + " (SELECT 1 FROM event_block b WHERE b.event_id = e.id) ORDER BY id";

  @Override
  public void migrate(Context context) throws SQLException {
    writeMissing(context.getConnection());
  }

  /** Writes the blocks of every event that has none; returns how many events it gave blocks. */
  static int writeMissing(Connection c) throws SQLException {
    List<Long> ids = new ArrayList<>();
    try (PreparedStatement s = c.prepareStatement(WITHOUT_BLOCKS);
        ResultSet r = s.executeQuery()) {
      while (r.next()) {
        ids.add(r.getLong(1));
      }
    }
    EventReader reader = new EventReader(c);
    for (int from = 0; from < ids.size(); from += BATCH) {
      for (StoredEvent e : reader.read(ids.subList(from, Math.min(ids.size(), from + BATCH)))) {
        EventBlocks.write(c, e.id(), e.event());
      }
    }
    return ids.size();
  }
}
