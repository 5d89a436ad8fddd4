package org.sitrep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputFilesTest {
  @TempDir Path dir;

  @Test
  void a_folder_is_every_report_file_below_it_sorted_without_hidden_ones_or_others() throws IOException {
    Files.createDirectories(dir.resolve("b/.git"));
    Files.writeString(dir.resolve("b/2.txt"), "x");
    Files.writeString(dir.resolve("b/.git/config"), "x");
    Files.writeString(dir.resolve("a.txt"), "x");
    Files.writeString(dir.resolve(".DS_Store"), "x");
    Files.writeString(dir.resolve("c.html"), "x");
    Files.writeString(dir.resolve("README.md"), "x");
    Files.writeString(dir.resolve("photo.jpg"), "x");
    Files.writeString(dir.resolve("d.jsonl.gz"), "x");
    Files.writeString(dir.resolve("report"), "x");

    assertEquals(List.of(dir.resolve("a.txt").toString(), dir.resolve("b/2.txt").toString(),
        dir.resolve("c.html").toString(), dir.resolve("d.jsonl.gz").toString(),
        dir.resolve("report").toString()), InputFiles.expand(List.of(dir.toString())));
  }

  @Test
  void files_urls_stdin_and_missing_names_are_kept_as_given() {
    List<String> inputs = List.of("-", "https://example.org/a", dir.resolve("gone").toString());
    assertEquals(inputs, InputFiles.expand(inputs));
  }
}
