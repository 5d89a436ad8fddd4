package org.sitrep.store.postgres;

import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.Optional;

/** Small JDBC helpers for optional values and for one-line messages. */
final class Sql {
  private Sql() {}

  static void text(PreparedStatement s, int index, Optional<String> value) throws SQLException {
    if (value.isPresent()) {
      s.setString(index, value.get());
    } else {
      s.setNull(index, Types.VARCHAR);
    }
  }

  static void date(PreparedStatement s, int index, Optional<LocalDate> value)
      throws SQLException {
    if (value.isPresent()) {
      s.setDate(index, Date.valueOf(value.get()));
    } else {
      s.setNull(index, Types.DATE);
    }
  }

  static Optional<String> text(ResultSet r, String column) throws SQLException {
    return Optional.ofNullable(r.getString(column));
  }

  static Optional<LocalDate> date(ResultSet r, String column) throws SQLException {
    Date value = r.getDate(column);
    return value == null ? Optional.empty() : Optional.of(value.toLocalDate());
  }

  /** The driver's message on one line, without the "Detail:"/"Where:" lines it may add. */
  static String oneLine(Exception e) {
    String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    return message.lines().findFirst().orElse("").trim();
  }
}
