package org.sitrep.spark;

import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.sitrep.ingest.source.Sources;

/**
 * Where a stream's news arrives: a folder new files are moved into, or a Kafka topic whose every
 * message is one article. Each reads its own rows with Structured Streaming and turns one
 * micro-batch of them into the items the batch job extracts; the checkpoint keeps how far it
 * got (the files taken, or each partition's offset).
 */
public sealed interface StreamInput extends Serializable {
  /** The query's source, before any batch. */
  Dataset<Row> open(SparkSession spark);

  /** One micro-batch of {@link #open}'s rows as items, read as {@code sitrep extract} reads. */
  JavaRDD<RawItem> items(Dataset<Row> batch, ReadSettings read);

  /** Where the articles come from, in the user's words. */
  String describe();

  /**
   * Checks, on the driver, that the source can be read now.
   *
   * @throws SourceUnavailable when it cannot, with the reason in one line
   */
  default void check() {}

  /**
   * A folder that new files of news (JSON Lines, WARC, pages, text; gzipped or not) arrive in,
   * read with the binary file source. A file must be complete when it appears: write it elsewhere
   * and move it in.
   *
   * @param dir a Hadoop path or a local folder
   */
  record Folder(String dir) implements StreamInput {
    private static final long serialVersionUID = 1L;

    /** The binary file source's columns, which a stream must be told (it cannot look first). */
    private static final StructType BINARY_FILE = new StructType()
        .add("path", DataTypes.StringType, false)
        .add("modificationTime", DataTypes.TimestampType, false)
        .add("length", DataTypes.LongType, false)
        .add("content", DataTypes.BinaryType, true);

    public Folder {
      Objects.requireNonNull(dir, "dir");
    }

    @Override
    public Dataset<Row> open(SparkSession spark) {
      return spark.readStream().format("binaryFile").schema(BINARY_FILE).load(dir);
    }

    @Override
    public JavaRDD<RawItem> items(Dataset<Row> batch, ReadSettings read) {
      return batch.select("path", "content").javaRDD()
          .flatMap(row -> fileItems(row.getString(0), (byte[]) row.get(1), read));
    }

    @Override
    public String describe() {
      return "the files that arrive in " + dir;
    }

    private static Iterator<RawItem> fileItems(String path, byte[] content, ReadSettings read) {
      return ItemReading.items(path,
          Sources.open(path, new ByteArrayInputStream(content), read.options()));
    }
  }

  /**
   * A Kafka topic whose every message's value is one article in the form of one line of a JSON
   * Lines input ({@code {"id": …, "url": …, "title": …, "published": …, "source": …, "text": …}}
   * or {@code "html"}). An article without {@code id} or {@code url} is named, as a message that
   * is no article is in {@code errors/}, by where it is: {@code TOPIC-PARTITION-OFFSET}. The first
   * run starts at each partition's earliest offset; a restart, at the checkpoint's.
   *
   * @param servers the brokers to start from, {@code HOST:PORT[,HOST:PORT…]}
   * @param topic the topic's name
   */
  record Kafka(String servers, String topic) implements StreamInput {
    private static final long serialVersionUID = 1L;
    private static final int CHECK_SECONDS = 20;

    public Kafka {
      Objects.requireNonNull(servers, "servers");
      Objects.requireNonNull(topic, "topic");
    }

    @Override
    public Dataset<Row> open(SparkSession spark) {
      // Offsets the broker no longer keeps (past its retention) fail the query, as is Spark's
      // default: a stream that skipped them would lose articles without a word.
      return spark.readStream().format("kafka")
          .option("kafka.bootstrap.servers", servers)
          .option("subscribe", topic)
          .option("startingOffsets", "earliest")
          .load();
    }

    @Override
    public JavaRDD<RawItem> items(Dataset<Row> batch, ReadSettings read) {
      return batch.select("topic", "partition", "offset", "value").javaRDD()
          .map(row -> message(row.getString(0) + "-" + row.getInt(1) + "-" + row.getLong(2),
              row.isNullAt(3) ? new byte[0] : (byte[]) row.get(3), read));
    }

    @Override
    public String describe() {
      return "the messages of topic " + topic + " at " + servers;
    }

    /**
     * Asks the brokers for the topic, waiting {@link #CHECK_SECONDS} at most: Spark's source
     * would retry brokers out of reach, or wait for a topic that is not there, without a word.
     */
    @Override
    public void check() {
      Map<String, Object> config = Map.of(
          AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, servers,
          AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, CHECK_SECONDS * 1000,
          AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, CHECK_SECONDS * 1000);
      try (Admin admin = Admin.create(config)) {
        admin.describeTopics(List.of(topic)).allTopicNames()
            .get(CHECK_SECONDS, TimeUnit.SECONDS);
      } catch (ExecutionException e) {
        if (e.getCause() instanceof UnknownTopicOrPartitionException) {
          throw new SourceUnavailable("no topic " + topic + " at " + servers
              + ": create it first", e);
        }
        if (e.getCause() instanceof org.apache.kafka.common.errors.TimeoutException) {
          throw noBrokerAnswered(e);
        }
        throw new SourceUnavailable(servers + ": cannot read topic " + topic + ": "
            + e.getCause().getMessage(), e);
      } catch (TimeoutException e) {
        throw noBrokerAnswered(e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new SourceUnavailable("interrupted while asking " + servers, e);
      } catch (KafkaException e) {
        throw new SourceUnavailable(servers + ": " + e.getMessage(), e);
      }
    }

    /** The admin client's own timeout and ours waiting for it mean the same to the user. */
    private SourceUnavailable noBrokerAnswered(Exception e) {
      return new SourceUnavailable(servers + ": no broker answered in " + CHECK_SECONDS + " s", e);
    }

    private static RawItem message(String where, byte[] value, ReadSettings read) {
      return RawItem.of(where, Sources.jsonRecord(where, value, read.options()));
    }
  }
}
