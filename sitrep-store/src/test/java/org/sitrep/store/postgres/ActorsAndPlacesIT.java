package org.sitrep.store.postgres;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.model.Article;
import org.sitrep.model.Place;

/** The actor and place tables, kept by the database as events are stored and changed. */
class ActorsAndPlacesIT {
  @TempDir static Path dataDir;

  static PostgresStore store;

  @BeforeAll
  static void open() {
    store = Stores.open(dataDir, Optional.empty(), Map.of());
  }

  @AfterAll
  static void close() {
    store.close();
  }

  private static List<String> column(String sql, Object... args) throws SQLException {
    List<String> out = new ArrayList<>();
    try (Connection c = store.dataSource().getConnection();
        PreparedStatement s = c.prepareStatement(sql)) {
      for (int i = 0; i < args.length; i++) {
        s.setObject(i + 1, args[i]);
      }
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          out.add(r.getString(1));
        }
      }
    }
    return out;
  }

  @Test
  void eachActorAndPlaceIsStoredOnceAndEveryEventPointsAtItsRows() throws SQLException {
    Place homs = new Place(169577, "Homs", 34.72682, 36.72339, "PPLA", "Syria", "SYR", "Homs",
        "Homs", 775_404);
    Article one = Reports.article("a.txt", "Army shells Aleppo\nThe army shelled Aleppo.");
    Article two = Reports.article("b.txt", "Army shells Homs\nThe army shelled Homs at dawn.");
    store.store(one, List.of(Reports.full(one, "SR1", LocalDate.of(2025, 1, 11),
        Reports.ALEPPO, 1, 0)));
    store.store(two, List.of(Reports.full(two, "SR2", LocalDate.of(2025, 6, 11), homs, 2, 0)));

    assertEquals(List.of("Civilians (Syria)", "Military Forces of Syria (2000-)"),
        column("SELECT name FROM actor ORDER BY name"));
    assertEquals(List.of("geonames:169577", "geonames:170063"),
        column("SELECT place_key FROM place ORDER BY place_key"));
    assertEquals(List.of("Aleppo|Military Forces of Syria (2000-)|Civilians (Syria)",
            "Homs|Military Forces of Syria (2000-)|Civilians (Syria)"),
        column("SELECT p.name || '|' || a1.name || '|' || a2.name FROM event e"
            + " JOIN place p ON p.id = e.place_id JOIN actor a1 ON a1.id = e.actor1_id"
            + " JOIN actor a2 ON a2.id = e.actor2_id ORDER BY p.name"));
  }

  @Test
  void aChangedActorPointsAtItsOwnRow() throws SQLException {
    Article three = Reports.article("c.txt", "Army shells Aleppo\nThe army shelled Aleppo again.");
    store.store(three, List.of(Reports.full(three, "SR3", LocalDate.of(2025, 9, 11),
        Reports.ALEPPO, 1, 0)));
    try (Connection c = store.dataSource().getConnection();
        PreparedStatement s = c.prepareStatement("UPDATE event SET actor1 = ?, inter1 = 2"
            + " WHERE event_id = 'SR3'")) {
      s.setString(1, "Hayat Tahrir al-Sham");
      s.executeUpdate();
    }
    assertEquals(List.of("Hayat Tahrir al-Sham"), column("SELECT a.name FROM event e"
        + " JOIN actor a ON a.id = e.actor1_id WHERE e.event_id = 'SR3'"));
  }
}
