package org.sitrep.eval.html;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.sitrep.ingest.InputProblem;

/**
 * A folder of web pages with what a person found in each: {@code NAME.html} or {@code
 * NAME.html.gz}, and beside it {@code NAME.json} with {@code articleBody} and, where known, {@code
 * headline}, {@code datePublished} (a date or an ISO date-time) and {@code url}. This is the layout
 * of the scrapinghub article-extraction-benchmark. A page without its JSON is not a gold page and
 * is passed over.
 *
 * <pre>{@code
 * List<HtmlGoldPage> pages = HtmlGoldSet.read(Path.of("../shared/eval/html"));
 * }</pre>
 */
public final class HtmlGoldSet {
  private static final ObjectMapper JSON = new ObjectMapper();

  private HtmlGoldSet() {}

  /** The gold pages of a folder, by name; refuses a folder that is missing or holds none. */
  public static List<HtmlGoldPage> read(Path dir) throws InputProblem {
    if (!Files.isDirectory(dir)) {
      throw new InputProblem(dir.toString(),
          Files.exists(dir) ? "not a directory" : "no such directory");
    }
    List<Path> files;
    try (Stream<Path> listed = Files.list(dir)) {
      files = listed.filter(HtmlGoldSet::isPage).sorted().toList();
    } catch (IOException e) {
      throw new InputProblem(dir.toString(), "cannot list: " + e.getMessage());
    }
    List<HtmlGoldPage> pages = new ArrayList<>();
    for (Path file : files) {
      String name = nameOf(file);
      Path gold = dir.resolve(name + ".json");
      if (Files.isRegularFile(gold)) {
        pages.add(page(name, file, gold));
      }
    }
    if (pages.isEmpty()) {
      throw new InputProblem(dir.toString(),
          "no gold pages (NAME.html or NAME.html.gz with NAME.json)");
    }
    return pages;
  }

  /** The page's bytes, gunzipped when its name ends in {@code .gz}. */
  public static byte[] bytes(HtmlGoldPage page) throws InputProblem {
    try (InputStream in = Files.newInputStream(page.page())) {
      return page.page().toString().endsWith(".gz")
          ? new GZIPInputStream(in).readAllBytes() : in.readAllBytes();
    } catch (IOException e) {
      throw new InputProblem(page.page().toString(), "cannot read: " + e.getMessage());
    }
  }

  private static boolean isPage(Path file) {
    String name = file.getFileName().toString();
    return Files.isRegularFile(file) && (name.endsWith(".html") || name.endsWith(".html.gz"));
  }

  private static String nameOf(Path file) {
    String name = file.getFileName().toString();
    return name.substring(0, name.lastIndexOf(".html"));
  }

  private static HtmlGoldPage page(String name, Path file, Path gold) throws InputProblem {
    JsonNode node;
    try {
      node = JSON.readTree(gold.toFile());
    } catch (IOException e) {
      throw new InputProblem(gold.toString(), "not JSON: " + firstLine(e.getMessage()));
    }
    if (node == null || !node.isObject()) {
      throw new InputProblem(gold.toString(), "not a JSON object");
    }
    if (!node.path("articleBody").isTextual()) {
      throw new InputProblem(gold.toString(), "no articleBody text");
    }
    return new HtmlGoldPage(name, file, node.get("articleBody").asText(),
        text(node, "headline"), date(gold, text(node, "datePublished")), text(node, "url"));
  }

  private static Optional<String> text(JsonNode node, String field) {
    JsonNode value = node.path(field);
    return value.isTextual() && !value.asText().isBlank()
        ? Optional.of(value.asText().strip()) : Optional.empty();
  }

  private static Optional<LocalDate> date(Path gold, Optional<String> value) throws InputProblem {
    if (value.isEmpty()) {
      return Optional.empty();
    }
    String iso = value.get();
    try {
      return Optional.of(LocalDate.parse(iso.length() >= 10 ? iso.substring(0, 10) : iso));
    } catch (DateTimeParseException e) {
      throw new InputProblem(gold.toString(), "datePublished is not an ISO date: " + iso);
    }
  }

  private static String firstLine(String message) {
    return message == null ? "" : message.lines().findFirst().orElse("");
  }
}
