package org.sitrep.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.sitrep.annotate.Token;
import org.sitrep.internal.DataTable;
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
    return of(DataTable.bundled(TriggerLexicon.class, "triggers.tsv"));
  }

  static TriggerLexicon of(List<DataTable.Line> lines) {
    Map<String, List<Sense>> map = new HashMap<>();
    for (DataTable.Line line : lines) {
      String[] f = line.cells();
      if (f.length != 4) {
        throw new IllegalStateException("triggers.tsv line " + line.number() + ": expected 4 columns");
      }
      SubEventType type = SubEventType.fromLabel(f[2]).orElseThrow(() -> new IllegalStateException(
          "triggers.tsv line " + line.number() + ": unknown type " + f[2]));
      Set<String> modifiers = f[3].equals("-") ? Set.of() : Set.copyOf(List.of(f[3].split("\\|")));
      map.computeIfAbsent(f[0], k -> new ArrayList<>()).add(new Sense(f[0], f[1], type, modifiers));
    }
    // A sense that needs a modifier ("seize" + "weapons") is tried before the plain one.
    map.values().forEach(senses -> senses.sort(
        java.util.Comparator.comparing((Sense x) -> x.neededModifiers().isEmpty())));
    return new TriggerLexicon(map);
  }

  /** True when some sense of the token's lemma could be a trigger, before modifiers are checked. */
  public boolean mayTrigger(Token token) {
    return byLemma.containsKey(key(token));
  }

  /**
   * True when some sense of the token fits its part of speech and, if it needs a modifier, one of
   * the sentence's words could be that modifier: a cheap test, before any parse, of whether the
   * sentence is worth parsing ("opened the border" is not, "opened fire" is).
   */
  public boolean mayTrigger(Token token, Set<String> sentenceWords) {
    for (Sense s : byLemma.getOrDefault(key(token), List.of())) {
      if (s.fits(token) && (s.neededModifiers().isEmpty()
          || s.neededModifiers().stream().anyMatch(sentenceWords::contains))) {
        return true;
      }
    }
    return false;
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

  /**
   * The lemmas that signal each type by themselves (those that need no modifier), for signals
   * read off plain text before any parse.
   */
  public Map<SubEventType, Set<String>> plainLemmas() {
    Map<SubEventType, Set<String>> byType = new java.util.EnumMap<>(SubEventType.class);
    byLemma.values().forEach(senses -> senses.stream().filter(s -> s.neededModifiers().isEmpty())
        .forEach(s -> byType.computeIfAbsent(s.type(), t -> new java.util.TreeSet<>()).add(s.lemma())));
    return byType;
  }

  private static String key(Token token) {
    return token.lemma().toLowerCase(Locale.ROOT);
  }
}
