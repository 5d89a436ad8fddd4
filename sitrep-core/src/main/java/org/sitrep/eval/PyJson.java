package org.sitrep.eval;

import java.util.List;
import java.util.Map;

/**
 * Writes a flat JSON object as Python's {@code json.dumps} does by default (", " and ": " between
 * items, non-ASCII escaped as {@code \\uXXXX}), so that the report's line can be diffed against
 * score.py's. Values: strings, whole numbers, doubles, null, and lists of strings.
 */
final class PyJson {
  private PyJson() {}

  static String dumps(Map<String, Object> object) {
    StringBuilder out = new StringBuilder("{");
    String separator = "";
    for (Map.Entry<String, Object> e : object.entrySet()) {
      out.append(separator);
      string(out, e.getKey());
      out.append(": ");
      value(out, e.getValue());
      separator = ", ";
    }
    return out.append('}').toString();
  }

  private static void value(StringBuilder out, Object v) {
    if (v == null) {
      out.append("null");
    } else if (v instanceof String s) {
      string(out, s);
    } else if (v instanceof Integer || v instanceof Long) {
      out.append(v);
    } else if (v instanceof Double d) {
      // Double.toString and Python's repr agree on values of a few decimals, as written here.
      out.append(d.toString());
    } else if (v instanceof List<?> list) {
      out.append('[');
      for (int i = 0; i < list.size(); i++) {
        out.append(i == 0 ? "" : ", ");
        value(out, list.get(i));
      }
      out.append(']');
    } else {
      throw new IllegalArgumentException("no JSON for " + v.getClass().getSimpleName());
    }
  }

  private static void string(StringBuilder out, String s) {
    out.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        case '\b' -> out.append("\\b");
        case '\f' -> out.append("\\f");
        default -> {
          if (c < 0x20 || c > 0x7E) {
            out.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    out.append('"');
  }
}
