package org.sitrep.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.sitrep.ingest.source.Sources;

/**
 * The inputs of a job, with each folder replaced by the report files under it (those whose name
 * says they are a kind Sitrep reads, as {@code sitrep ingest} takes a folder), sorted. A file is
 * kept as named, so that its items keep the ids {@code extract} gives them; a missing file is kept
 * too, and becomes a counted error in the job rather than a refusal here.
 */
final class InputListing {
  private InputListing() {}

  static List<String> expand(List<String> inputs, Configuration hadoop) {
    List<String> out = new ArrayList<>();
    for (String input : inputs) {
      if (ItemReading.hasScheme(input)) {
        hadoopFiles(input, hadoop, out);
      } else if (!Sources.isUrl(input) && Files.isDirectory(Path.of(input))) {
        localFiles(input, out);
      } else {
        out.add(input);
      }
    }
    return out;
  }

  private static void localFiles(String dir, List<String> out) {
    try {
      out.addAll(Sources.filesUnder(Path.of(dir)));
    } catch (IOException e) {
      throw new UncheckedIOException(dir + ": cannot list the folder: " + e.getMessage(), e);
    }
  }

  private static void hadoopFiles(String input, Configuration hadoop, List<String> out) {
    org.apache.hadoop.fs.Path path = new org.apache.hadoop.fs.Path(input);
    try {
      FileSystem fs = path.getFileSystem(hadoop);
      if (!fs.exists(path) || !fs.getFileStatus(path).isDirectory()) {
        out.add(input);
        return;
      }
      List<String> found = new ArrayList<>();
      var files = fs.listFiles(path, true);
      while (files.hasNext()) {
        FileStatus f = files.next();
        String relative = path.toUri().relativize(f.getPath().toUri()).getPath();
        if (!Sources.hidden(relative) && Sources.readsInFolder(f.getPath().getName())) {
          found.add(f.getPath().toString());
        }
      }
      found.stream().sorted().forEach(out::add);
    } catch (IOException e) {
      throw new UncheckedIOException(input + ": cannot list: " + e.getMessage(), e);
    }
  }
}
