package org.sitrep.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.sitrep.annotate.Token;

/**
 * "In the Ugandan capital", "near Uganda's capital", "in the capital of Manipur state", "in the
 * capital": a city named by its office rather than its name. News names capitals so more often
 * than any other town; the coding stage finds which city is meant, from the country or province
 * the words name, else the story's country.
 *
 * <p>Only where the words say the act was there (after "in", "near", "outside" ...), and not
 * where the capital is named as well ("in the capital, Kampala"), which is spotted as a name.
 */
final class CapitalPhrases {
  private static final Set<String> THERE = Set.of(
      "in", "at", "near", "outside", "around", "across", "inside", "within", "throughout");
  /** "near" and "outside the capital" are near it; "the suburbs of the capital" too. */
  private static final Set<String> NEAR = Set.of("near", "outside", "around");
  private static final Set<String> PARTS = Set.of(
      "outskirts", "suburbs", "suburb", "streets", "centre", "center", "heart", "parts", "part",
      "neighbourhoods", "neighborhoods", "districts");
  private static final Set<String> OUTER = Set.of("outskirts", "suburbs", "suburb");
  /** Words of the office between "the" and "capital": "the regional capital", "the nation's". */
  private static final Set<String> OFFICES = Set.of(
      "state", "provincial", "regional", "national", "country", "nation", "'s", "’s");

  private CapitalPhrases() {}

  static List<PlaceSpotter.Spot> spot(SentenceGraph g) {
    List<Token> tokens = g.sentence().tokens();
    List<PlaceSpotter.Spot> out = new ArrayList<>();
    for (int k = 0; k < tokens.size(); k++) {
      if (!lower(tokens.get(k)).equals("capital") || !tokens.get(k).pos().startsWith("NN")) {
        continue;
      }
      int last = k;
      if (k + 1 < tokens.size() && lower(tokens.get(k + 1)).equals("city")) {
        last++;
      }
      // "the capital of Manipur state": the name after "of", spotted as a place of its own,
      // says whose capital; the coding stage reads it there.
      boolean whose = last + 2 < tokens.size() && lower(tokens.get(last + 1)).equals("of")
          && tokens.get(last + 2).isProperNoun();
      if (!whose && namedToo(tokens, last + 1)) {
        continue;
      }
      int first = k;
      while (first > 0 && qualifies(tokens.get(first - 1))) {
        first--;
      }
      boolean article = first > 0 && lower(tokens.get(first - 1)).equals("the");
      if (article) {
        first--;
      } else if (first == k || !tokens.get(first).isProperNoun()) {
        // "capital punishment" and "venture capital" have no article; "Uganda's capital" needs
        // none.
        continue;
      }
      int before = first - 1;
      if (before < 0) {
        continue;
      }
      String prep = lower(tokens.get(before));
      boolean part = prep.equals("of") && before > 0
          && PARTS.contains(lower(tokens.get(before - 1)));
      if (!THERE.contains(prep) && !part) {
        continue;
      }
      boolean near = NEAR.contains(prep) || part && OUTER.contains(lower(tokens.get(before - 1)));
      out.add(new PlaceSpotter.Spot(g.span(first, last, "location"), first, last, near));
    }
    return out;
  }

  /**
   * "the capital Kampala", "the capital, Kampala", "the capital's airport" is still the capital,
   * but "capital markets" is no place.
   */
  private static boolean namedToo(List<Token> tokens, int next) {
    if (next >= tokens.size()) {
      return false;
    }
    Token t = tokens.get(next);
    if (t.isProperNoun()) {
      return true;
    }
    if (t.word().equals(",") && next + 1 < tokens.size()) {
      return tokens.get(next + 1).isProperNoun();
    }
    return t.pos().startsWith("NN");
  }

  private static boolean qualifies(Token t) {
    return OFFICES.contains(lower(t)) || t.pos().equals("POS")
        || t.isProperNoun() || t.pos().equals("JJ") && Character.isUpperCase(t.word().charAt(0));
  }

  private static String lower(Token t) {
    return t.word().toLowerCase(Locale.ROOT);
  }
}
