package org.sitrep.typing;

import ai.onnxruntime.OrtEnvironment;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Starts ONNX Runtime without leaving a directory behind in the temporary folder at each run.
 *
 * <p>ONNX Runtime copies its two native libraries out of its jar into a new temporary directory
 * and marks the libraries and the directory to be deleted when the JVM exits. The JVM deletes
 * what was marked in the reverse order, the directory first, while it still holds the libraries,
 * so every run of Sitrep (and every test JVM) left one empty {@code onnxruntime-java…} directory.
 * A batch job run every few minutes fills the temporary folder with them.
 *
 * <p>So Sitrep copies the libraries itself, into a directory of its own, tells ONNX Runtime where
 * they are with its documented property {@code onnxruntime.native.path}, and deletes them as soon
 * as they are loaded (a loaded library may be deleted on Linux and macOS; where it may not, they
 * go when the JVM exits, the libraries before their directory). ONNX Runtime's own directory then
 * stays empty and is deleted at exit. A user who sets the property keeps their own libraries.
 */
final class OnnxRuntimeLibraries {
  static final String PATH_PROPERTY = "onnxruntime.native.path";
  private static final String[] LIBRARIES = {"onnxruntime", "onnxruntime4j_jni"};

  private static boolean started;

  private OnnxRuntimeLibraries() {}

  /** ONNX Runtime's environment, its native libraries loaded the first time. */
  static synchronized OrtEnvironment environment() {
    if (started || System.getProperty(PATH_PROPERTY) != null) {
      return OrtEnvironment.getEnvironment();
    }
    started = true;
    Path directory = null;
    List<Path> copies = new ArrayList<>();
    try {
      directory = Files.createTempDirectory("sitrep-onnxruntime");
      for (String library : LIBRARIES) {
        Path copy = copy(library, directory);
        if (copy == null) {
          // Not a platform whose libraries the jar holds as we expect: let ONNX Runtime look.
          return OrtEnvironment.getEnvironment();
        }
        copies.add(copy);
      }
      System.setProperty(PATH_PROPERTY, directory.toString());
      return OrtEnvironment.getEnvironment();
    } catch (IOException e) {
      throw new UncheckedIOException(
          "cannot copy ONNX Runtime's libraries to a temporary folder", e);
    } finally {
      if (directory != null) {
        remove(directory, copies);
      }
    }
  }

  /** The library copied from ONNX Runtime's jar into the directory, or null if the jar lacks it. */
  private static Path copy(String library, Path directory) throws IOException {
    String file = System.mapLibraryName(library).replace("jnilib", "dylib");
    String resource = "/ai/onnxruntime/native/" + platform() + "/" + file;
    try (InputStream in = OrtEnvironment.class.getResourceAsStream(resource)) {
      if (in == null) {
        return null;
      }
      Path copy = directory.resolve(file);
      Files.copy(in, copy);
      return copy;
    }
  }

  /** The folder name ONNX Runtime's jar gives a platform's libraries, such as "linux-x64". */
  static String platform() {
    String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
    String arch = System.getProperty("os.arch", "").toLowerCase(Locale.ROOT);
    String system = os.contains("mac") || os.contains("darwin") ? "osx"
        : os.contains("win") ? "win" : "linux";
    String machine = arch.startsWith("amd64") || arch.startsWith("x86_64") ? "x64"
        : arch.startsWith("aarch64") ? "aarch64" : arch;
    return system + "-" + machine;
  }

  /**
   * Deletes the copies and their directory now, or else at exit; the directory is marked first
   * because the JVM deletes what was marked in the reverse order.
   */
  private static void remove(Path directory, List<Path> copies) {
    boolean all = true;
    for (Path copy : copies) {
      all &= copy.toFile().delete();
    }
    if (all && directory.toFile().delete()) {
      return;
    }
    directory.toFile().deleteOnExit();
    copies.forEach(copy -> copy.toFile().deleteOnExit());
  }
}
