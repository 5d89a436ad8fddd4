package org.sitrep.actor;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.sitrep.internal.DataTable;

/**
 * Words the state bodies of many countries share ("National Guard", "Joint Forces", "State
 * Security Service", institution-words.tsv): a name made of them alone names a different body in
 * each country, so it names no particular group until a country is known.
 */
public final class InstitutionWords {
  private static final Set<String> WORDS = load();

  private InstitutionWords() {}

  /** Whether every word of the phrase is such a word ("the Joint Forces", "Border Police"). */
  public static boolean only(String phrase) {
    List<Words.Word> words = Words.of(phrase);
    return !words.isEmpty() && words.stream().allMatch(w -> WORDS.contains(w.folded()));
  }

  private static Set<String> load() {
    Set<String> words = new HashSet<>();
    for (DataTable.Line line : DataTable.bundled(InstitutionWords.class, "institution-words.tsv")) {
      // In the form text is compared in, so either spelling of "defence" is one word.
      Words.of(line.cell(0)).forEach(w -> words.add(w.folded()));
    }
    return Set.copyOf(words);
  }
}
