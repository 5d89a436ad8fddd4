package org.sitrep.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.sitrep.annotate.Token;
import org.sitrep.model.SubEventType;

/**
 * The words that signal an event, from {@code triggers.tsv}: a lemma, the part of speech it must
 * have, the ACLED sub-event type it suggests, and, for ambiguous words like "strike", the
 * modifiers one of which must be present ("air strike", "drone strike").
 */
public final class TriggerLexicon {
  /** One reading of a trigger word. */
  public record Sense(String lemma, String pos, SubEventType type, Set<String> neededModifiers) {
    boolean fits(Token token) {
      return switch (pos) {
        case "verb" -> token.isVerb();
        case "noun" -> token.isNoun();
        default -> token.isVerb() || token.isNoun();
      };
    }
  }

  private final Map<String, List<Sense>> byLemma;

  private TriggerLexicon(Map<String, List<Sense>> byLemma) {
    this.byLemma = byLemma;
  }

  public static TriggerLexicon loadDefault() {
    try (InputStream in = TriggerLexicon.class.getResourceAsStream("triggers.tsv")) {
      if (in == null) {
        throw new IllegalStateException("triggers.tsv is missing from the classpath");
      }
      return load(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read triggers.tsv", e);
    }
  }

  static TriggerLexicon load(InputStream in) throws IOException {
    Map<String, List<Sense>> map = new HashMap<>();
    BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    String line;
    int number = 0;
    while ((line = reader.readLine()) != null) {
      number++;
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] f = line.split("\t");
      if (f.length != 4) {
        throw new IllegalStateException("triggers.tsv line " + number + ": expected 4 columns");
      }
      int lineNumber = number;
      SubEventType type = SubEventType.fromLabel(f[2]).orElseThrow(
          () -> new IllegalStateException("triggers.tsv line " + lineNumber + ": unknown type " + f[2]));
      Set<String> modifiers = f[3].equals("-") ? Set.of() : Set.of(f[3].split("\\|"));
      map.computeIfAbsent(f[0], k -> new ArrayList<>()).add(new Sense(f[0], f[1], type, modifiers));
    }
    return new TriggerLexicon(map);
  }

  /** True when some sense of the token's lemma could be a trigger, before modifiers are checked. */
  public boolean mayTrigger(Token token) {
    return byLemma.containsKey(key(token));
  }

  /**
   * The sense of this token as a trigger, given the lower-cased words that modify it in the
   * sentence.
   */
  Optional<Sense> sense(Token token, Set<String> modifiers) {
    for (Sense s : byLemma.getOrDefault(key(token), List.of())) {
      if (s.fits(token)
          && (s.neededModifiers().isEmpty()
              || s.neededModifiers().stream().anyMatch(modifiers::contains))) {
        return Optional.of(s);
      }
    }
    return Optional.empty();
  }

  private static String key(Token token) {
    return token.lemma().toLowerCase(Locale.ROOT);
  }
}
