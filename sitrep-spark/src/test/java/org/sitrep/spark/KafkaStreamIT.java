package org.sitrep.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.pipeline.SitrepConfig;

/**
 * The streaming job over a topic of a real Kafka broker, stopped and restarted on its checkpoint:
 * every article once, none lost, and a message that is no article is its error, named by where it
 * is, without stopping the stream.
 */
class KafkaStreamIT {
  private static final String TOPIC = "wire";
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  @Test
  void aRestartGoesOnAfterTheLastOffsetAndRepeatsNoArticle() throws Exception {
    try (KafkaBroker broker = KafkaBroker.start(Files.createDirectories(dir.resolve("broker")));
        KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
            ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.address(),
            ProducerConfig.ACKS_CONFIG, "all"), new StringSerializer(), new StringSerializer())) {
      // Two partitions: each keeps its own offset in the checkpoint.
      broker.createTopic(TOPIC, 2);
      SparkSession spark = SparkSessions.local();
      try {
        PipelineSettings pipeline = PipelineSettings.of(SitrepConfig.defaults());
        StreamJob.Options options = new StreamJob.Options(
            new StreamInput.Kafka(broker.address(), TOPIC), dir.resolve("checkpoint").toString(),
            dir.resolve("out").toString(), ReadSettings.of(Optional.empty(), ""), pipeline);

        List<String> first = List.of(
            Corpus.record("mosul", Corpus.example("mosul-strike.txt"), "2025-06-05"),
            Corpus.record("raqqa", Corpus.example("raqqa-clashes.txt"), "2025-03-12"));
        send(producer, 0, first.get(0));
        send(producer, 1, first.get(1));
        RecordMetadata bad = send(producer, 1, "Gunmen attacked a checkpoint near Idlib.");
        StreamJob.start(spark, options, true, 0).awaitTermination();

        String idlib = Corpus.record("idlib", Corpus.example("idlib-shelling.txt"), "2025-03-12");
        send(producer, 0, idlib);
        // A new query on the same checkpoint: what a restart after a stop or a crash is.
        StreamJob.start(spark, options, true, 0).awaitTermination();

        Path wire = Files.writeString(dir.resolve("wire.jsonl"),
            String.join("\n", first) + "\n" + idlib + "\n", StandardCharsets.UTF_8);
        List<String> expected = Extract.jsonLines(Pipelines.get(pipeline),
            List.of(wire.toString()), ReadSettings.of(Optional.empty(), "").options());
        List<String> written = new ArrayList<>();
        List<String> batches = new ArrayList<>();
        for (Path f : parts(dir.resolve("out/jsonl"))) {
          written.addAll(Files.readAllLines(f, StandardCharsets.UTF_8));
          batches.add(f.getParent().getFileName().toString());
        }
        assertFalse(expected.isEmpty());
        assertEquals(expected.size(), written.size(), "each article's events once");
        assertEquals(new HashSet<>(expected), new HashSet<>(written));
        assertEquals(new HashSet<>(List.of("batch=0", "batch=1")), new HashSet<>(batches));

        List<JsonNode> errors = new ArrayList<>();
        for (Path f : parts(dir.resolve("out/errors"))) {
          for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
            errors.add(JSON.readTree(line));
          }
        }
        assertEquals(1, errors.size(), errors.toString());
        assertEquals(TOPIC + "-1-" + bad.offset(), errors.get(0).get("id").asText());
        assertTrue(errors.get(0).get("reason").asText().contains("not valid JSON"),
            errors.get(0).toString());

        // A topic the brokers do not have is said before any query, not waited for.
        SourceUnavailable missing = assertThrows(SourceUnavailable.class, () -> StreamJob.start(
            spark, new StreamJob.Options(new StreamInput.Kafka(broker.address(), "none"),
                dir.resolve("checkpoint-none").toString(), dir.resolve("out-none").toString(),
                ReadSettings.of(Optional.empty(), ""), pipeline), true, 0));
        assertEquals("no topic none at " + broker.address() + ": create it first",
            missing.getMessage());
      } finally {
        spark.stop();
      }
    }
  }

  private static RecordMetadata send(KafkaProducer<String, String> producer, int partition,
      String value) throws Exception {
    return producer.send(new ProducerRecord<>(TOPIC, partition, null, value)).get();
  }

  /** The part files of an output, in every batch's folder. */
  private static List<Path> parts(Path output) throws Exception {
    try (Stream<Path> files = Files.walk(output)) {
      return files.filter(p -> p.getFileName().toString().startsWith("part-")).toList();
    }
  }
}
