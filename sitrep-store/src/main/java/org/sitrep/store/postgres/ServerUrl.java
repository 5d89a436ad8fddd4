package org.sitrep.store.postgres;

import java.util.Map;
import javax.sql.DataSource;
import org.postgresql.ds.PGSimpleDataSource;
import org.sitrep.store.StoreException;

/**
 * A PostgreSQL server named by the user ({@code --db jdbc:postgresql://host[:port]/db}). The user
 * and password come from the URL ({@code ?user=...&password=...}), else from
 * {@code SITREP_DB_USER} and {@code SITREP_DB_PASSWORD}: a password in the environment stays out of
 * the process list and the shell history.
 */
final class ServerUrl {
  static final String USER_VARIABLE = "SITREP_DB_USER";
  static final String PASSWORD_VARIABLE = "SITREP_DB_PASSWORD";
  private static final String PREFIX = "jdbc:postgresql://";

  private ServerUrl() {}

  static DataSource dataSource(String url, Map<String, String> env) {
    if (!url.startsWith(PREFIX)) {
      throw new StoreException("--db: '" + redact(url) + "' is not a PostgreSQL JDBC URL;"
          + " expected " + PREFIX + "HOST[:PORT]/DATABASE");
    }
    PGSimpleDataSource data = new PGSimpleDataSource();
    try {
      data.setUrl(url);
    } catch (IllegalArgumentException e) {
      throw new StoreException("--db: '" + redact(url) + "' is not a valid URL: "
          + Sql.oneLine(e), e);
    }
    String user = data.getUser();
    if ((user == null || user.isEmpty()) && present(env.get(USER_VARIABLE))) {
      data.setUser(env.get(USER_VARIABLE));
    }
    String password = data.getPassword();
    if ((password == null || password.isEmpty()) && present(env.get(PASSWORD_VARIABLE))) {
      data.setPassword(env.get(PASSWORD_VARIABLE));
    }
    data.setApplicationName("sitrep");
    return data;
  }

  /** The URL without its password, for messages. */
  static String redact(String url) {
    return url.replaceAll("(?i)(password=)[^&]*", "$1***");
  }

  private static boolean present(String value) {
    return value != null && !value.isBlank();
  }
}
