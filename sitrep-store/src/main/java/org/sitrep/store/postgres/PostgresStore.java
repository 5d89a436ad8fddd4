package org.sitrep.store.postgres;

import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import javax.sql.DataSource;
import org.sitrep.model.Article;
import org.sitrep.model.Event;
import org.sitrep.store.ContentHash;
import org.sitrep.store.Correction;
import org.sitrep.store.EventConsumer;
import org.sitrep.store.EventFilter;
import org.sitrep.store.EventQuery;
import org.sitrep.store.EventReview;
import org.sitrep.store.EventSink;
import org.sitrep.store.EventSplitter;
import org.sitrep.store.HistoryEntry;
import org.sitrep.store.Page;
import org.sitrep.store.StoreException;
import org.sitrep.store.StoreResult;
import org.sitrep.store.StoredArticle;
import org.sitrep.store.StoredEvent;

/**
 * The event store on PostgreSQL, over plain JDBC and a pool of connections ({@link Pool}): one
 * transaction per article.
 * A report that another article's stored event already tells is merged into that event as one of
 * its sources ({@link Merges}, {@link EventBlocks} for how concurrent ingests stay correct); a
 * person can split it off again ({@link #split}), correct it or mark it not an event ({@link
 * #correct}, {@link Corrections}).
 * Open one with {@link Stores#open}, which also starts the embedded server and applies the
 * migrations; close it to stop that server.
 *
 * <p>Two writers of the same text race on the unique content hash: {@code INSERT ... ON CONFLICT
 * DO NOTHING} makes the second wait for the first to commit and then insert nothing, so it returns
 * "already stored" (or stores the article after all, if the first rolled back).
 *
 * <p>Safe for many threads. {@link #close} waits for the articles being stored to be committed
 * before it stops the server, so that a Ctrl-C never cuts an article in half.
 */
public final class PostgresStore
    implements EventSink, EventQuery, EventSplitter, EventReview, AutoCloseable {
  /** How long closing waits for articles being stored: a transaction takes milliseconds. */
  private static final long CLOSE_WAIT_SECONDS = 30;

  private final DataSource data;
  private final AutoCloseable server;
  private final String where;
  private final ReadWriteLock open = new ReentrantReadWriteLock();
  private boolean closed;

  /**
   * @param server what {@link #close} closes after the last transaction: the embedded server, or
   *     nothing for a server Sitrep did not start
   * @param where the store's name for messages: a data directory or a server URL without password
   */
  PostgresStore(DataSource data, AutoCloseable server, String where) {
    this.data = data;
    this.server = server;
    this.where = where;
  }

  @Override
  public StoreResult store(Article article, List<Event> events) {
    ContentHash hash = ContentHash.of(article);
    open.readLock().lock();
    try {
      if (closed) {
        throw new StoreException(article.id() + ": not stored: the store at " + where
            + " is closed");
      }
      return storeOpen(article, hash, events);
    } finally {
      open.readLock().unlock();
    }
  }

  private StoreResult storeOpen(Article article, ContentHash hash, List<Event> events) {
    try (Connection c = connect()) {
      // Most articles of a re-ingest are stored already: one indexed read says so, before any
      // transaction, lock or write. A text stored meanwhile is caught by the insert below.
      Optional<Long> known = ArticleRows.idOf(c, hash);
      if (known.isPresent()) {
        return StoreResult.alreadyStored(known.get(), hash);
      }
      c.setAutoCommit(false);
      try {
        StoreResult result = store(c, article, hash, events);
        c.commit();
        return result;
      } catch (SQLException | RuntimeException e) {
        c.rollback();
        throw e;
      }
    } catch (SQLException e) {
      throw new StoreException(article.id() + ": not stored: " + Sql.oneLine(e), e);
    }
  }

  private static StoreResult store(Connection c, Article article, ContentHash hash,
      List<Event> events) throws SQLException {
    Optional<Long> id = ArticleRows.insert(c, article, hash);
    if (id.isEmpty()) {
      return StoreResult.alreadyStored(ArticleRows.idOf(c, hash).orElseThrow(
          () -> new SQLException("article " + hash + " vanished")), hash);
    }
    EventRows rows = new EventRows(c, id.get());
    Merges merges = new Merges(c, id.get());
    EventBlocks.lock(c, events);
    int merged = 0;
    for (Event event : events) {
      if (merges.merge(event).isPresent()) {
        merged++;
      } else {
        rows.insert(event);
      }
    }
    return StoreResult.stored(id.get(), hash, events.size(), merged);
  }

  @Override
  public long split(long eventId, long articleId, String by, String reason) {
    if (by == null || by.isBlank() || reason == null || reason.isBlank()) {
      throw new IllegalArgumentException("a split needs who made it and why: by and reason must"
          + " not be empty");
    }
    open.readLock().lock();
    try {
      if (closed) {
        throw new StoreException("event " + eventId + ": not split: the store at " + where
            + " is closed");
      }
      return splitOpen(eventId, articleId, by, reason);
    } finally {
      open.readLock().unlock();
    }
  }

  private long splitOpen(long eventId, long articleId, String by, String reason) {
    try (Connection c = connect()) {
      c.setAutoCommit(false);
      try {
        long own = Splits.split(c, eventId, articleId, by, reason);
        c.commit();
        return own;
      } catch (SQLException | RuntimeException e) {
        c.rollback();
        throw e;
      }
    } catch (SQLException e) {
      throw new StoreException("event " + eventId + ": not split: " + Sql.oneLine(e), e);
    }
  }

  @Override
  public Optional<StoredEvent> correct(long eventId, Correction correction, String by,
      String reason) {
    java.util.Objects.requireNonNull(correction, "correction");
    Correction.checkByAndReason(by, reason);
    open.readLock().lock();
    try {
      if (closed) {
        throw new StoreException("event " + eventId + ": not corrected: the store at " + where
            + " is closed");
      }
      try (Connection c = connect()) {
        c.setAutoCommit(false);
        try {
          Optional<StoredEvent> now = Corrections.correct(c, eventId, correction, by, reason);
          c.commit();
          return now;
        } catch (SQLException | RuntimeException e) {
          c.rollback();
          throw e;
        }
      } catch (SQLException e) {
        throw new StoreException("event " + eventId + ": not corrected: " + Sql.oneLine(e), e);
      }
    } finally {
      open.readLock().unlock();
    }
  }

  @Override
  public long articleCount() {
    return count("SELECT count(*) FROM article");
  }

  @Override
  public long eventCount() {
    return count("SELECT count(*) FROM event");
  }

  @Override
  public Optional<StoredArticle> article(ContentHash hash) {
    try (Connection c = connect()) {
      return ArticleRows.find(c, hash);
    } catch (SQLException e) {
      throw readFailed(e);
    }
  }

  @Override
  public List<StoredEvent> eventsOf(long articleId) {
    return events(EventReader.BY_ARTICLE, articleId);
  }

  @Override
  public Optional<StoredEvent> event(long id) {
    return events(EventReader.BY_ID, id).stream().findFirst();
  }

  @Override
  public List<HistoryEntry> history(long eventId) {
    try (Connection c = connect()) {
      return HistoryRows.of(c, eventId);
    } catch (SQLException e) {
      throw readFailed(e);
    }
  }

  @Override
  public Optional<StoredArticle> article(long id) {
    try (Connection c = connect()) {
      return ArticleRows.find(c, id);
    } catch (SQLException e) {
      throw readFailed(e);
    }
  }

  @Override
  public List<StoredArticle> sourcesOf(long eventId) {
    try (Connection c = connect()) {
      return ArticleRows.sourcesOf(c, eventId);
    } catch (SQLException e) {
      throw readFailed(e);
    }
  }

  @Override
  public List<Long> mergedInto(long articleId) {
    try (Connection c = connect()) {
      return Sources.mergedInto(c, articleId);
    } catch (SQLException e) {
      throw readFailed(e);
    }
  }

  @Override
  public Page<StoredEvent> search(EventFilter filter) {
    try (Connection c = connect()) {
      return EventSearch.run(c, filter);
    } catch (SQLException e) {
      throw readFailed(e);
    }
  }

  @Override
  public void each(EventFilter filter, EventConsumer each) throws IOException {
    try (Connection c = connect()) {
      EventSearch.each(c, filter, each);
    } catch (SQLException e) {
      throw readFailed(e);
    }
  }

  private List<StoredEvent> events(String select, long key) {
    try (Connection c = connect()) {
      return new EventReader(c).read(select, key);
    } catch (SQLException e) {
      throw readFailed(e);
    }
  }

  private long count(String select) {
    try (Connection c = connect();
        PreparedStatement s = c.prepareStatement(select);
        ResultSet r = s.executeQuery()) {
      r.next();
      return r.getLong(1);
    } catch (SQLException e) {
      throw readFailed(e);
    }
  }

  /** The store's database, for tests that look at the tables themselves. */
  DataSource dataSource() {
    return data;
  }

  private Connection connect() throws SQLException {
    return data.getConnection();
  }

  private StoreException readFailed(SQLException e) {
    return new StoreException("could not read the store at " + where + ": " + Sql.oneLine(e), e);
  }

  /** Waits for the articles being stored, then stops the embedded server if Sitrep started it. */
  @Override
  public void close() {
    boolean locked = false;
    // A Ctrl-C may have interrupted the caller; the server must be stopped all the same.
    boolean wasInterrupted = Thread.interrupted();
    try {
      locked = open.writeLock().tryLock(CLOSE_WAIT_SECONDS, TimeUnit.SECONDS);
      if (closed) {
        return;
      }
      closed = true;
      server.close();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (Exception e) {
      throw new StoreException("could not stop the store at " + where + ": " + e.getMessage(), e);
    } finally {
      if (locked) {
        open.writeLock().unlock();
      }
      if (wasInterrupted) {
        Thread.currentThread().interrupt();
      }
    }
  }
}
