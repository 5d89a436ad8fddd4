package org.sitrep.typing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.sitrep.ingest.InputProblem;
import org.sitrep.internal.CsvRecords;
import org.sitrep.internal.CsvRecords.CsvRecord;

/**
 * Reads coded passages for training and scoring typers, in the forms desks keep them:
 * <ul>
 *   <li>ACLED-style CSV ({@code .csv}): the columns {@code notes} and {@code sub_event_type};
 *   <li>JSON Lines ({@code .jsonl}): objects with {@code text} and {@code sub_event_type};
 *   <li>tab-separated ({@code .tsv}, {@code .txt}) with the header {@code text<TAB>sub_event_type},
 *       or CASE 2021's {@code id<TAB>EventSnippet<TAB>SubType};
 *   <li>a directory: every such file in it, by name.
 * </ul>
 * A row without text or label is skipped and reported with its line; a label that is not one of
 * ACLED's sub-event types, "Not an event" or a CASE 2021 name is an error naming it.
 */
public final class LabelledTexts {
  /** What a file held: the passages, and one line for each row skipped. */
  public record Read(List<LabelledText> texts, List<String> skipped) {
    public Read {
      texts = List.copyOf(texts);
      skipped = List.copyOf(skipped);
    }
  }

  private static final ObjectMapper JSON = new ObjectMapper();

  private LabelledTexts() {}

  /** @throws InputProblem when a file cannot be read, has no usable header, or an unknown label */
  public static Read read(List<Path> inputs) throws InputProblem {
    List<LabelledText> texts = new ArrayList<>();
    List<String> skipped = new ArrayList<>();
    for (Path input : inputs) {
      for (Path file : files(input)) {
        Read one = readFile(file);
        texts.addAll(one.texts());
        skipped.addAll(one.skipped());
      }
    }
    return new Read(texts, skipped);
  }

  private static List<Path> files(Path input) throws InputProblem {
    if (!Files.isDirectory(input)) {
      return List.of(input);
    }
    try (Stream<Path> list = Files.list(input)) {
      List<Path> files = list.filter(p -> kind(p) != null).sorted().toList();
      if (files.isEmpty()) {
        throw new InputProblem(input.toString(), "no .csv, .jsonl or .tsv files in this directory");
      }
      return files;
    } catch (IOException e) {
      throw new InputProblem(input.toString(), "cannot list the directory: " + e.getMessage());
    }
  }

  /** The forms a file of coded passages comes in, told by its name's ending. */
  private enum Kind { CSV, JSON_LINES, TABS }

  private static Kind kind(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    if (name.endsWith(".csv")) {
      return Kind.CSV;
    }
    if (name.endsWith(".jsonl") || name.endsWith(".json")) {
      return Kind.JSON_LINES;
    }
    return name.endsWith(".tsv") || name.endsWith(".txt") ? Kind.TABS : null;
  }

  static Read readFile(Path file) throws InputProblem {
    Kind kind = kind(file);
    if (kind == null) {
      throw new InputProblem(file.toString(), "not a .csv, .jsonl or .tsv file");
    }
    try {
      return switch (kind) {
        case CSV -> csv(file);
        case JSON_LINES -> jsonLines(file);
        case TABS -> tabs(file);
      };
    } catch (NoSuchFileException e) {
      throw new InputProblem(file.toString(), "no such file");
    } catch (java.nio.charset.MalformedInputException e) {
      throw new InputProblem(file.toString(), "not UTF-8 text");
    } catch (IOException e) {
      throw new InputProblem(file.toString(), "cannot read: " + e.getMessage());
    }
  }

  private static Read csv(Path file) throws IOException, InputProblem {
    List<CsvRecord> records;
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      records = CsvRecords.read(in);
    } catch (CsvRecords.CsvProblem e) {
      throw new InputProblem(file + ":" + e.line(), e.getMessage());
    }
    if (records.isEmpty()) {
      throw new InputProblem(file.toString(), "empty; expected a header with notes and sub_event_type");
    }
    java.util.Map<String, Integer> header = CsvRecords.columns(records.get(0));
    int text = header.getOrDefault("notes", -1);
    int label = header.getOrDefault("sub_event_type", -1);
    if (text < 0 || label < 0) {
      throw new InputProblem(file.toString(), "the header has no " + (text < 0 ? "notes" : "sub_event_type")
          + " column");
    }
    Collector out = new Collector(file);
    for (CsvRecord r : records.subList(1, records.size())) {
      List<String> f = r.fields();
      out.add(r.line(), f.size() > text ? f.get(text) : "", f.size() > label ? f.get(label) : "");
    }
    return out.read();
  }

  private static Read jsonLines(Path file) throws IOException, InputProblem {
    Collector out = new Collector(file);
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).strip();
      if (line.isEmpty()) {
        continue;
      }
      JsonNode node;
      try {
        node = JSON.readTree(line);
      } catch (IOException e) {
        out.skip(i + 1, "not a JSON object");
        continue;
      }
      if (node == null || !node.isObject()) {
        out.skip(i + 1, "not a JSON object");
        continue;
      }
      out.add(i + 1, node.path("text").asText(""), node.path("sub_event_type").asText(""));
    }
    return out.read();
  }

  private static Read tabs(Path file) throws IOException, InputProblem {
    return tabs(file.toString(), file.getFileName().toString(),
        Files.readAllLines(file, StandardCharsets.UTF_8));
  }

  /**
   * Sitrep's own training set ({@code training/types}), as the jar holds it: what the shipped
   * model was made from, and what {@code sitrep train} learns beside a desk's passages. Its
   * files are read in the order of its index, {@code FILES}, which is by name, as a directory is.
   */
  public static Read bundled() {
    try {
      List<String> files = resourceLines("FILES");
      List<LabelledText> texts = new ArrayList<>();
      List<String> skipped = new ArrayList<>();
      for (String name : files) {
        if (name.isBlank()) {
          continue;
        }
        Read one = tabs(BUNDLED + name, name, resourceLines(name));
        texts.addAll(one.texts());
        skipped.addAll(one.skipped());
      }
      return new Read(texts, skipped);
    } catch (IOException | InputProblem e) {
      // The jar is Sitrep's own: a missing or damaged file there is a broken build, not input.
      throw new IllegalStateException("the bundled training set: " + e.getMessage(), e);
    }
  }

  private static final String BUNDLED = "training/types/";

  private static List<String> resourceLines(String name) throws IOException {
    try (java.io.InputStream in = LabelledTexts.class.getResourceAsStream("training/" + name)) {
      if (in == null) {
        throw new IOException(BUNDLED + name + " is missing from the jar");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
    }
  }

  private static Read tabs(String file, String shortName, List<String> lines)
      throws InputProblem {
    if (lines.isEmpty()) {
      throw new InputProblem(file.toString(), "empty; expected the header text<TAB>sub_event_type");
    }
    List<String> header = List.of(lines.get(0).replace("\uFEFF", "").strip().split("\t"));
    int text;
    int label;
    boolean caseNames = false;
    if (header.equals(List.of("text", "sub_event_type"))) {
      text = 0;
      label = 1;
    } else if (header.equals(List.of("id", "EventSnippet", "SubType"))) {
      text = 1;
      label = 2;
      caseNames = true;
    } else {
      throw new InputProblem(file + ":1", "expected the header text<TAB>sub_event_type"
          + " or id<TAB>EventSnippet<TAB>SubType");
    }
    Collector out = new Collector(file, shortName,
        caseNames ? TypeLabel::parseCase : TypeLabel::parse);
    for (int i = 1; i < lines.size(); i++) {
      if (lines.get(i).isBlank()) {
        continue;
      }
      String[] f = lines.get(i).split("\t", -1);
      if (f.length != header.size()) {
        out.skip(i + 1, "expected " + header.size() + " tab-separated fields, found " + f.length);
        continue;
      }
      out.add(i + 1, f[text], f[label]);
    }
    return out.read();
  }

  /** Gathers one file's passages and skipped rows. */
  private static final class Collector {
    private final String file;
    private final String shortName;
    private final List<LabelledText> texts = new ArrayList<>();
    private final List<String> skipped = new ArrayList<>();
    private final java.util.function.Function<String, java.util.Optional<TypeLabel>> parser;

    Collector(Path file) {
      this(file.toString(), file.getFileName().toString(), TypeLabel::parse);
    }

    /** @param file the file as messages name it; @param shortName as passages' origins do */
    Collector(String file, String shortName,
        java.util.function.Function<String, java.util.Optional<TypeLabel>> parser) {
      this.file = file;
      this.shortName = shortName;
      this.parser = parser;
    }

    void add(int line, String text, String label) throws InputProblem {
      if (text.isBlank()) {
        skip(line, "no text");
        return;
      }
      if (label.isBlank()) {
        skip(line, "no sub_event_type");
        return;
      }
      TypeLabel parsed = parser.apply(label).orElseThrow(() -> new InputProblem(
          file + ":" + line, "unknown sub_event_type \"" + label.strip() + "\" (expected one of"
              + " ACLED's 25, \"" + TypeLabel.NOT_AN_EVENT + "\" or a CASE 2021 name)"));
      texts.add(new LabelledText(text.strip(), parsed, shortName + ":" + line));
    }

    void skip(int line, String why) {
      skipped.add(file + ":" + line + ": " + why + "; skipped");
    }

    Read read() {
      return new Read(texts, skipped);
    }
  }
}
