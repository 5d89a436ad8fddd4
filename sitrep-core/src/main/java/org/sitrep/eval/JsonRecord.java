package org.sitrep.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.sitrep.ingest.InputProblem;

/**
 * One JSON object of a data file, read field by field with the types the file's README gives. A
 * wrong type is an {@link InputProblem} that names the file, the line and the field. A field that
 * is absent or {@code null} is read as its documented default where it has one.
 */
final class JsonRecord {
  private final String where;
  private final JsonNode node;

  JsonRecord(String where, JsonNode node) {
    this.where = where;
    this.node = node;
  }

  /** "FILE:LINE", for messages. */
  String where() {
    return where;
  }

  JsonNode node() {
    return node;
  }

  boolean has(String key) {
    return node.has(key);
  }

  String text(String key) throws InputProblem {
    return optionalText(key).orElseThrow(() -> problem(key, "missing; expected a string"));
  }

  String textOrEmpty(String key) throws InputProblem {
    return optionalText(key).orElse("");
  }

  Optional<String> optionalText(String key) throws InputProblem {
    JsonNode v = node.get(key);
    if (v == null || v.isNull()) {
      return Optional.empty();
    }
    if (!v.isTextual()) {
      throw problem(key, "expected a string");
    }
    return Optional.of(v.asText());
  }

  /** A day written YYYY-MM-DD. */
  LocalDate date(String key) throws InputProblem {
    return parseDay(key, text(key));
  }

  LocalDate parseDay(String key, String text) throws InputProblem {
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      throw problem(key, "'" + text + "' is not a day; expected YYYY-MM-DD");
    }
  }

  int integer(String key) throws InputProblem {
    if (node.get(key) == null || node.get(key).isNull()) {
      throw problem(key, "missing; expected a whole number");
    }
    return integerOr(key, 0);
  }

  int integerOr(String key, int absent) throws InputProblem {
    JsonNode v = node.get(key);
    if (v == null || v.isNull()) {
      return absent;
    }
    if (!v.isIntegralNumber() || !v.canConvertToInt()) {
      throw problem(key, "expected a whole number");
    }
    return v.intValue();
  }

  OptionalDouble number(String key) throws InputProblem {
    JsonNode v = node.get(key);
    if (v == null || v.isNull()) {
      return OptionalDouble.empty();
    }
    if (!v.isNumber()) {
      throw problem(key, "expected a number");
    }
    return OptionalDouble.of(v.doubleValue());
  }

  boolean flag(String key) throws InputProblem {
    JsonNode v = node.get(key);
    if (v == null || v.isNull()) {
      return false;
    }
    if (!v.isBoolean()) {
      throw problem(key, "expected true or false");
    }
    return v.booleanValue();
  }

  /** A list of strings; absent or null is empty unless {@code required}. */
  List<String> texts(String key, boolean required) throws InputProblem {
    List<String> out = new ArrayList<>();
    for (JsonNode item : array(key, required, "a list of strings")) {
      if (!item.isTextual()) {
        throw problem(key, "expected a list of strings");
      }
      out.add(item.asText());
    }
    return out;
  }

  List<Integer> integers(String key) throws InputProblem {
    List<Integer> out = new ArrayList<>();
    for (JsonNode item : array(key, false, "a list of whole numbers")) {
      if (!item.isIntegralNumber() || !item.canConvertToInt()) {
        throw problem(key, "expected a list of whole numbers");
      }
      out.add(item.intValue());
    }
    return out;
  }

  /** The list under {@code key}; its items are checked by the caller. */
  JsonNode array(String key, boolean required, String expected) throws InputProblem {
    JsonNode v = node.get(key);
    if (v == null || v.isNull()) {
      if (required) {
        throw problem(key, "missing; expected " + expected);
      }
      return JsonNodeFactory.instance.arrayNode();
    }
    if (!v.isArray()) {
      throw problem(key, "expected " + expected);
    }
    return v;
  }

  InputProblem problem(String key, String problem) {
    return new InputProblem(where, key + ": " + problem);
  }
}
