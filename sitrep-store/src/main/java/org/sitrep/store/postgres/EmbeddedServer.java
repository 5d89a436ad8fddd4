package org.sitrep.store.postgres;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import javax.sql.DataSource;
import org.sitrep.store.StoreException;

/**
 * The PostgreSQL server Sitrep runs itself, on a store directory ({@code DATA_DIR/store}): its
 * database in {@code pg/}, its log in {@code postgres.log}. The binaries come in a jar and are
 * unpacked to the temporary directory; nothing is downloaded.
 *
 * <p>One Sitrep process at a time owns a store directory: it holds a lock on {@code server.lock}
 * for as long as the server runs, and the server listens on localhost at a port chosen at start.
 * A second process fails at once with one line rather than sharing a server whose owner may stop
 * it at any moment. Processes that must write at once use a PostgreSQL server of their own
 * ({@code --db}).
 */
final class EmbeddedServer implements AutoCloseable {
  private final EmbeddedPostgres postgres;
  private final FileChannel lockFile;
  private final FileLock lock;

  private EmbeddedServer(EmbeddedPostgres postgres, FileChannel lockFile, FileLock lock) {
    this.postgres = postgres;
    this.lockFile = lockFile;
    this.lock = lock;
  }

  /** Starts the server on {@code storeDir}, making its database on first use. */
  static EmbeddedServer start(Path storeDir) {
    FileChannel channel = null;
    FileLock lock = null;
    try {
      Files.createDirectories(storeDir);
      channel = FileChannel.open(storeDir.resolve("server.lock"), StandardOpenOption.CREATE,
          StandardOpenOption.WRITE);
      lock = tryLock(channel);
      if (lock == null) {
        throw new StoreException("the store in " + storeDir + " is in use by another Sitrep"
            + " process; wait for it to finish, or run a PostgreSQL server and give every"
            + " process --db jdbc:postgresql://HOST/DATABASE");
      }
      Path pgDir = storeDir.resolve("pg");
      // The lock is ours, so a server still running on pgDir was left by a process that died.
      Orphans.stop(pgDir);
      EmbeddedPostgres postgres = EmbeddedPostgres.builder()
          .setDataDirectory(pgDir)
          .setCleanDataDirectory(false)
          // Stopped by PostgresStore.close, after the last transaction, not by a racing hook.
          .setRegisterShutdownHook(false)
          // A store keeps what it said it stored, even if the machine stops.
          .setServerConfig("synchronous_commit", "on")
          .setOutputRedirector(ProcessBuilder.Redirect.appendTo(
              storeDir.resolve("postgres.log").toFile()))
          .start();
      return new EmbeddedServer(postgres, channel, lock);
    } catch (IOException | RuntimeException e) {
      release(channel, lock);
      if (e instanceof StoreException s) {
        throw s;
      }
      throw new StoreException("could not start the embedded PostgreSQL in " + storeDir + ": "
          + Sql.oneLine(e) + " (see " + storeDir.resolve("postgres.log") + ")", e);
    }
  }

  private static FileLock tryLock(FileChannel channel) throws IOException {
    try {
      return channel.tryLock();
    } catch (OverlappingFileLockException sameProcess) {
      return null;
    }
  }

  /** The server's own database, {@code postgres}, as its superuser. */
  DataSource dataSource() {
    return postgres.getPostgresDatabase();
  }

  /** The URL of {@link #dataSource}, for other processes that are told to use this server. */
  String jdbcUrl() {
    return postgres.getJdbcUrl("postgres", "postgres");
  }

  @Override
  public void close() throws IOException {
    try {
      postgres.close();
    } finally {
      release(lockFile, lock);
    }
  }

  private static void release(FileChannel channel, FileLock lock) {
    try {
      if (lock != null) {
        lock.release();
      }
      if (channel != null) {
        channel.close();
      }
    } catch (IOException ignored) {
      // The lock goes with the channel, and the channel with the process.
    }
  }
}
