package org.sitrep.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.sitrep.ingest.InputProblem;

/**
 * Reads a JSON Lines file of the evaluation data: one JSON object per line, blank lines skipped.
 * Each record keeps "FILE:LINE" so that a later problem with one of its fields names where it is.
 */
final class JsonLines {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private JsonLines() {}

  static List<JsonRecord> read(Path file) throws InputProblem {
    String name = file.toString();
    if (Files.isDirectory(file)) {
      throw new InputProblem(name, "is a directory; expected a JSON Lines file");
    }
    List<JsonRecord> records = new ArrayList<>();
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      int number = 0;
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        number++;
        if (!ScoreText.pyStrip(line).isEmpty()) {
          records.add(parse(line, name + ":" + number));
        }
      }
    } catch (NoSuchFileException e) {
      throw new InputProblem(name, "no such file");
    } catch (CharacterCodingException e) {
      throw new InputProblem(name, "not UTF-8 text");
    } catch (IOException e) {
      throw new InputProblem(name, "cannot read: " + e.getMessage());
    }
    return records;
  }

  static JsonRecord parse(String line, String where) throws InputProblem {
    JsonNode node;
    try {
      node = MAPPER.readTree(line);
    } catch (JsonProcessingException e) {
      throw new InputProblem(where, "not JSON: " + e.getOriginalMessage());
    }
    if (node == null || !node.isObject()) {
      throw new InputProblem(where, "expected one JSON object on the line");
    }
    return new JsonRecord(where, node);
  }
}
