package org.sitrep.store.postgres;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

class ServerUrlTest {
  private static final Map<String, String> ENV =
      Map.of("SITREP_DB_USER", "envuser", "SITREP_DB_PASSWORD", "envpass");

  @Test
  void user_and_password_come_from_the_environment_when_the_url_has_none() {
    PGSimpleDataSource data =
        (PGSimpleDataSource) ServerUrl.dataSource("jdbc:postgresql://db.example/events", ENV);
    assertEquals("envuser", data.getUser());
    assertEquals("envpass", data.getPassword());
    assertEquals("events", data.getDatabaseName());
  }

  @Test
  void user_and_password_in_the_url_win() {
    PGSimpleDataSource data = (PGSimpleDataSource) ServerUrl.dataSource(
        "jdbc:postgresql://db.example:5433/events?user=u&password=p", ENV);
    assertEquals("u", data.getUser());
    assertEquals("p", data.getPassword());
  }

  @Test
  void messages_never_show_the_password() {
    assertEquals("jdbc:postgresql://h/db?user=u&password=***&ssl=true",
        ServerUrl.redact("jdbc:postgresql://h/db?user=u&password=s3cret&ssl=true"));
  }
}
