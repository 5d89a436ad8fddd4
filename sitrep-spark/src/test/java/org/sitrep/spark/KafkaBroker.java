package org.sitrep.spark;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import kafka.tools.StorageTool;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;

/**
 * A real Kafka broker in the tests' JVM: one KRaft node that is its own controller, of the
 * release whose client Spark's Kafka source uses, listening on free ports of the loopback only,
 * its logs in a folder of the test's.
 */
final class KafkaBroker implements AutoCloseable {
  private final KafkaRaftServer server;
  private final String address;

  private KafkaBroker(KafkaRaftServer server, String address) {
    this.server = server;
    this.address = address;
  }

  /** Formats a log folder under {@code dir}, as {@code kafka-storage format} does, and starts. */
  static KafkaBroker start(Path dir) throws IOException {
    int port = freePort();
    int controllerPort = freePort();
    Properties p = new Properties();
    p.put("process.roles", "broker,controller");
    p.put("node.id", "1");
    p.put("controller.quorum.voters", "1@127.0.0.1:" + controllerPort);
    p.put("listeners", "PLAINTEXT://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:"
        + controllerPort);
    p.put("advertised.listeners", "PLAINTEXT://127.0.0.1:" + port);
    p.put("controller.listener.names", "CONTROLLER");
    p.put("inter.broker.listener.name", "PLAINTEXT");
    p.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
    p.put("log.dirs", dir.resolve("kafka-logs").toString());
    p.put("auto.create.topics.enable", "false");
    p.put("offsets.topic.replication.factor", "1");
    p.put("offsets.topic.num.partitions", "1");
    p.put("transaction.state.log.replication.factor", "1");
    p.put("transaction.state.log.min.isr", "1");
    p.put("group.initial.rebalance.delay.ms", "0");
    Path config = dir.resolve("server.properties");
    try (OutputStream out = Files.newOutputStream(config)) {
      p.store(out, "the tests' broker");
    }
    ByteArrayOutputStream said = new ByteArrayOutputStream();
    int formatted = StorageTool.execute(new String[] {"format", "-t",
        Uuid.randomUuid().toString(), "-c", config.toString()},
        new PrintStream(said, true, StandardCharsets.UTF_8));
    if (formatted != 0) {
      throw new IOException("kafka-storage format: " + said.toString(StandardCharsets.UTF_8));
    }
    KafkaRaftServer server = new KafkaRaftServer(KafkaConfig.fromProps(p), Time.SYSTEM);
    server.startup();
    return new KafkaBroker(server, "127.0.0.1:" + port);
  }

  /** HOST:PORT, as {@code --kafka} takes it. */
  String address() {
    return address;
  }

  /** Creates a topic of {@code partitions} partitions and waits until it is there. */
  void createTopic(String name, int partitions) throws ExecutionException, InterruptedException {
    try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, address))) {
      admin.createTopics(List.of(new NewTopic(name, partitions, (short) 1))).all().get();
    }
  }

  @Override
  public void close() {
    server.shutdown();
    server.awaitShutdown();
  }

  /** A port free now on the loopback; the broker binds it a moment later. */
  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }
}
