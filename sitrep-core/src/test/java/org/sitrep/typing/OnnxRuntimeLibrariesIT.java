package org.sitrep.typing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run that embeds a sentence leaves nothing in the temporary folder once its JVM has exited.
 * The run needs a JVM of its own, since what is left is only known after exit.
 */
class OnnxRuntimeLibrariesIT {

  /** The child JVM: loads the default embedder and embeds one sentence. */
  public static void main(String[] args) {
    float[] vector = OnnxEmbedder.load().embed(List.of("Troops shelled the town.")).get(0);
    System.out.println(vector.length);
  }

  @Test
  void aRunLeavesNothingInTheTemporaryFolder(@TempDir Path temporary) throws Exception {
    String java = ProcessHandle.current().info().command().orElse("java");
    Process child = new ProcessBuilder(java, "-Djava.io.tmpdir=" + temporary,
        "-cp", System.getProperty("java.class.path"), OnnxRuntimeLibrariesIT.class.getName())
        .redirectErrorStream(true).start();
    String out = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
    assertTrue(child.waitFor(120, TimeUnit.SECONDS), "the child JVM did not finish");
    assertEquals(0, child.exitValue(), out);
    assertTrue(out.endsWith("384"), out);
    try (Stream<Path> left = Files.list(temporary)) {
      List<String> names = left.map(p -> p.getFileName().toString())
          .filter(name -> name.startsWith("onnxruntime") || name.startsWith("sitrep-onnxruntime"))
          .toList();
      assertEquals(List.of(), names);
    }
  }

  @Test
  void namesThisPlatformAsTheRuntimeJarDoes() {
    String platform = OnnxRuntimeLibraries.platform();
    assertTrue(OnnxRuntimeLibraries.class.getResource(
        "/ai/onnxruntime/native/" + platform + "/" + System.mapLibraryName("onnxruntime")) != null,
        platform);
  }
}
