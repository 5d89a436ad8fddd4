package org.sitrep.store.postgres;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.sitrep.model.Article;
import org.sitrep.model.ArticleMetadata;
import org.sitrep.model.DateSource;
import org.sitrep.store.ContentHash;
import org.sitrep.store.StoredArticle;

/** The {@code article} table: one row per distinct text. */
final class ArticleRows {
  private static final String INSERT = "INSERT INTO article (content_hash, input_id, url, title,"
      + " source, published, published_from, dateline_place, byline, language, text)"
      + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
      + " ON CONFLICT (content_hash) DO NOTHING RETURNING id";

  private static final String COLUMNS = "SELECT a.id, a.content_hash, a.input_id, a.url,"
      + " a.title, a.source, a.published, a.published_from, a.language, a.text, a.stored_at"
      + " FROM article a ";

  private static final String SELECT = COLUMNS + "WHERE a.content_hash = ?";

  private static final String ID = "SELECT id FROM article WHERE content_hash = ?";

  private static final String BY_ID = COLUMNS + "WHERE a.id = ?";

  /** Every report of an event: today its own article; merged reports add rows. */
  private static final String SOURCES = COLUMNS + "JOIN event_source s ON s.article_id = a.id"
      + " WHERE s.event_id = ? ORDER BY s.added_at, a.id";

  private ArticleRows() {}

  /**
   * Inserts the article, or nothing when its text is stored already (then empty). A concurrent
   * insert of the same text makes this wait until that transaction ends.
   */
  static Optional<Long> insert(Connection c, Article article, ContentHash hash)
      throws SQLException {
    ArticleMetadata m = article.metadata();
    try (PreparedStatement s = c.prepareStatement(INSERT)) {
      s.setString(1, hash.hex());
      s.setString(2, article.id());
      Sql.text(s, 3, m.url());
      s.setString(4, m.title());
      s.setString(5, m.source());
      Sql.date(s, 6, m.published());
      s.setString(7, m.publishedFrom().label());
      Sql.text(s, 8, m.datelinePlace());
      Sql.text(s, 9, m.byline());
      Sql.text(s, 10, m.language());
      s.setString(11, article.text());
      try (ResultSet r = s.executeQuery()) {
        return r.next() ? Optional.of(r.getLong(1)) : Optional.empty();
      }
    }
  }

  /** The id of the article stored with this text, if any; reads the unique index only. */
  static Optional<Long> idOf(Connection c, ContentHash hash) throws SQLException {
    try (PreparedStatement s = c.prepareStatement(ID)) {
      s.setString(1, hash.hex());
      try (ResultSet r = s.executeQuery()) {
        return r.next() ? Optional.of(r.getLong(1)) : Optional.empty();
      }
    }
  }

  static Optional<StoredArticle> find(Connection c, ContentHash hash) throws SQLException {
    try (PreparedStatement s = c.prepareStatement(SELECT)) {
      s.setString(1, hash.hex());
      return read(s).stream().findFirst();
    }
  }

  static Optional<StoredArticle> find(Connection c, long id) throws SQLException {
    try (PreparedStatement s = c.prepareStatement(BY_ID)) {
      s.setLong(1, id);
      return read(s).stream().findFirst();
    }
  }

  /** The articles that reported the event, first first. */
  static List<StoredArticle> sourcesOf(Connection c, long eventId) throws SQLException {
    try (PreparedStatement s = c.prepareStatement(SOURCES)) {
      s.setLong(1, eventId);
      return read(s);
    }
  }

  private static List<StoredArticle> read(PreparedStatement s) throws SQLException {
    List<StoredArticle> articles = new ArrayList<>();
    try (ResultSet r = s.executeQuery()) {
      while (r.next()) {
        articles.add(new StoredArticle(r.getLong("id"),
            new ContentHash(r.getString("content_hash")), r.getString("input_id"),
            Sql.text(r, "url"), r.getString("title"), r.getString("source"),
            Sql.date(r, "published"),
            dateSource(r.getString("published_from")),
            Sql.text(r, "language"), r.getString("text"),
            r.getTimestamp("stored_at").toInstant()));
      }
    }
    return articles;
  }

  private static DateSource dateSource(String label) throws SQLException {
    return Arrays.stream(DateSource.values()).filter(d -> d.label().equals(label)).findFirst()
        .orElseThrow(() -> new SQLException("unknown published_from '" + label + "'"));
  }
}
