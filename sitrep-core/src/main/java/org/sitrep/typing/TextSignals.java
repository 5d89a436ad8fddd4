package org.sitrep.typing;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.sitrep.extract.TriggerLexicon;
import org.sitrep.internal.DataTable;
import org.sitrep.internal.Sha256;
import org.sitrep.model.SubEventType;

/**
 * The signals a coder weighs, read off a passage's words beside its embedding: which of the
 * extractor's trigger words it holds, by the type each suggests, and the cue groups of
 * {@code typing-cues.tsv} (the weapon, a crowd, deaths, arrests, future or denied acts,
 * history, disasters, sport). Each is 0 or 1. Read from plain text, not the parse, so that a
 * desk's training notes and a pipeline's sentences are read alike and training needs no parser.
 */
public final class TextSignals {
  /** One group of words: single words (a trailing * takes any ending) or phrases. */
  private record Group(String name, Set<String> words, List<String> prefixes, List<String> phrases) {
    boolean presentIn(List<String> tokens, String padded) {
      for (String t : tokens) {
        if (matches(t)) {
          return true;
        }
      }
      for (String phrase : phrases) {
        if (padded.contains(phrase)) {
          return true;
        }
      }
      return false;
    }

    private boolean matches(String token) {
      if (words.contains(token)) {
        return true;
      }
      for (String p : prefixes) {
        if (token.startsWith(p)) {
          return true;
        }
      }
      return false;
    }

    /** Where the group's first word or phrase begins, in tokens; past the end when nowhere. */
    int firstAt(List<String> tokens, String padded) {
      int first = tokens.size();
      for (int i = 0; i < tokens.size(); i++) {
        if (matches(tokens.get(i))) {
          first = i;
          break;
        }
      }
      for (String phrase : phrases) {
        int at = padded.indexOf(phrase);
        if (at >= 0) {
          // The padded text has one space before each token.
          first = Math.min(first, (int) padded.substring(0, at + 1).chars().filter(c -> c == ' ')
              .count() - 1);
        }
      }
      return first;
    }
  }

  /**
   * Groups of which only the one named first in a passage counts, each a signal of its own: a
   * report names who acted before whom it acted on ("troops retook the town from the rebels";
   * "gunmen attacked villagers"), and which side took ground or whom fire was aimed at is what
   * sets apart types whose words are alike.
   */
  private record FirstNamed(List<Group> among) {
    void mark(List<String> tokens, String padded, float[] signals, int from) {
      int best = -1;
      int bestAt = tokens.size();
      for (int i = 0; i < among.size(); i++) {
        int at = among.get(i).firstAt(tokens, padded);
        if (at < bestAt) {
          best = i;
          bestAt = at;
        }
      }
      if (best >= 0) {
        signals[from + best] = 1f;
      }
    }
  }

  private final List<Group> groups;
  private final List<FirstNamed> firsts;
  private final String id;

  private TextSignals(List<Group> groups, List<FirstNamed> firsts, String id) {
    this.groups = groups;
    this.firsts = firsts;
    this.id = id;
  }

  public static TextSignals loadDefault() {
    List<Group> groups = new ArrayList<>();
    StringBuilder definition = new StringBuilder();
    for (Map.Entry<SubEventType, Set<String>> e
        : TriggerLexicon.loadDefault().plainLemmas().entrySet()) {
      // The lexicon holds lemmas; plain text holds their forms ("clashes", "shelled").
      List<String> forms = new ArrayList<>();
      for (String lemma : e.getValue()) {
        forms.add(lemma.contains(" ") ? lemma : stem(lemma) + "*");
      }
      groups.add(group("trigger:" + e.getKey().label(), forms));
      definition.append(e.getKey()).append(forms).append('\n');
    }
    List<FirstNamed> firsts = new ArrayList<>();
    for (DataTable.Line line : DataTable.bundled(TextSignals.class, "typing-cues.tsv")) {
      if (line.cells().length != 2) {
        throw new IllegalStateException(
            "typing-cues.tsv line " + line.number() + ": expected a group and its words");
      }
      if (line.cell(0).equals(FIRST_NAMED)) {
        firsts.add(firstNamed(groups, List.of(line.cell(1).split("\\|")), line.number()));
      } else {
        groups.add(group(line.cell(0), List.of(line.cell(1).split("\\|"))));
      }
      definition.append(line.cell(0)).append(line.cell(1)).append('\n');
    }
    return new TextSignals(List.copyOf(groups), List.copyOf(firsts),
        Sha256.hex(definition.toString(), 8));
  }

  /** The name of a line in {@code typing-cues.tsv} that lists groups of which the first counts. */
  private static final String FIRST_NAMED = "first-named";

  private static FirstNamed firstNamed(List<Group> groups, List<String> names, int line) {
    List<Group> among = new ArrayList<>();
    for (String name : names) {
      among.add(groups.stream().filter(g -> g.name().equals(name)).findFirst()
          .orElseThrow(() -> new IllegalStateException("typing-cues.tsv line " + line
              + ": no group above is named " + name)));
    }
    return new FirstNamed(List.copyOf(among));
  }

  /** The lemma without a final e, so that "shelled" and "shelling" match "shell", "raided" "raid". */
  private static String stem(String lemma) {
    return lemma.length() > 4 && lemma.endsWith("e") ? lemma.substring(0, lemma.length() - 1) : lemma;
  }

  private static Group group(String name, List<String> entries) {
    Set<String> words = new java.util.HashSet<>();
    List<String> prefixes = new ArrayList<>();
    List<String> phrases = new ArrayList<>();
    for (String raw : entries) {
      String w = raw.strip().toLowerCase(Locale.ROOT);
      if (w.isEmpty()) {
        continue;
      }
      if (w.contains(" ")) {
        phrases.add(" " + w.replace("*", "") + (w.endsWith("*") ? "" : " "));
      } else if (w.endsWith("*")) {
        prefixes.add(w.substring(0, w.length() - 1));
      } else {
        words.add(w);
      }
    }
    return new Group(name, Set.copyOf(words), List.copyOf(prefixes), List.copyOf(phrases));
  }

  /** How many signals {@link #of} gives. */
  public int size() {
    return groups.size() + firsts.stream().mapToInt(f -> f.among().size()).sum();
  }

  /** The signals' names, in order: for explaining a model. */
  public List<String> names() {
    List<String> names = new ArrayList<>(groups.stream().map(Group::name).toList());
    for (FirstNamed f : firsts) {
      f.among().forEach(g -> names.add(FIRST_NAMED + ":" + g.name()));
    }
    return names;
  }

  /**
   * Names this set of signals, from their definitions: a model trained on other signals must not
   * be read with these.
   */
  public String id() {
    return id;
  }

  /**
   * Whether a passage holds a word of any group named (a name ending in {@code *} takes every
   * group it begins, "trigger:*" all the trigger words) or of the more words, written as the
   * groups' are.
   *
   * @throws IllegalArgumentException when a name is no group's
   */
  Predicate<String> holdsAny(List<String> names, List<String> more) {
    List<Group> chosen = new ArrayList<>();
    for (String name : names) {
      List<Group> named = groups.stream().filter(g -> name.endsWith("*")
          ? g.name().startsWith(name.substring(0, name.length() - 1)) : g.name().equals(name))
          .toList();
      if (named.isEmpty()) {
        throw new IllegalArgumentException("no group of signals is named " + name);
      }
      chosen.addAll(named);
    }
    chosen.add(group("more", more));
    return passage -> {
      List<String> tokens = tokens(passage);
      String padded = " " + String.join(" ", tokens) + " ";
      return chosen.stream().anyMatch(g -> g.presentIn(tokens, padded));
    };
  }

  /**
   * 1 for each group the passage holds a word of, else 0; then, for each list of groups of which
   * the first named counts, 1 for that group and 0 for the others.
   */
  public float[] of(String passage) {
    List<String> tokens = tokens(passage);
    String padded = " " + String.join(" ", tokens) + " ";
    float[] signals = new float[size()];
    for (int i = 0; i < groups.size(); i++) {
      signals[i] = groups.get(i).presentIn(tokens, padded) ? 1f : 0f;
    }
    int from = groups.size();
    for (FirstNamed f : firsts) {
      f.mark(tokens, padded, signals, from);
      from += f.among().size();
    }
    return signals;
  }

  static List<String> tokens(String passage) {
    List<String> tokens = new ArrayList<>();
    for (String t : passage.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}'-]+")) {
      String word = t.replaceAll("^['-]+|['-]+$", "").replace("'s", "");
      if (!word.isEmpty()) {
        tokens.add(word);
      }
    }
    return tokens;
  }
}
