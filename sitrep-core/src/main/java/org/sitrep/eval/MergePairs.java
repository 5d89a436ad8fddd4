package org.sitrep.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.sitrep.ingest.InputProblem;

/**
 * Reads a pair file for {@code sitrep eval merge}: JSON Lines of {@code {"id", "label": "same" |
 * "different", "a": {"text", "published"}, "b": {"text", "published"}, "note"}}. Any mistake is an
 * {@link InputProblem} naming the file, the line and the field, for the whole file is a measure
 * and a pair silently dropped would change it.
 */
public final class MergePairs {
  private MergePairs() {}

  public static List<MergePair> read(Path file) throws InputProblem {
    List<MergePair> pairs = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    for (JsonRecord r : JsonLines.read(file)) {
      String id = r.text("id");
      if (!ids.add(id)) {
        throw r.problem("id", "'" + id + "' is used by an earlier pair");
      }
      String label = r.text("label");
      if (!label.equals("same") && !label.equals("different")) {
        throw r.problem("label", "'" + label + "' is neither \"same\" nor \"different\"");
      }
      pairs.add(new MergePair(id, label.equals("same"), report(r, "a"), report(r, "b"),
          r.textOrEmpty("note"), r.where()));
    }
    if (pairs.isEmpty()) {
      throw new InputProblem(file.toString(), "no pairs; expected one JSON object per line");
    }
    return pairs;
  }

  private static MergePair.Report report(JsonRecord r, String key) throws InputProblem {
    JsonNode node = r.node().get(key);
    if (node == null || !node.isObject()) {
      throw r.problem(key, "missing; expected an object with \"text\" and \"published\"");
    }
    // "pairs.jsonl:7: b: published: …": the report of the pair the problem is in.
    JsonRecord inner = new JsonRecord(r.where() + ": " + key, node);
    String text = inner.text("text");
    if (text.isBlank()) {
      throw inner.problem("text", "empty; expected the report's text");
    }
    return new MergePair.Report(text, inner.date("published"));
  }
}
