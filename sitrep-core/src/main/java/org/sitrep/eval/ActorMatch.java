package org.sitrep.eval;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Whether a system's actor names one of a gold event's aliases: score.py's {@code side}, {@code
 * alias_match}, {@code actor1_ok} and {@code actor2_ok}. Names are compared folded, one containing
 * the other on word boundaries, so "Hamas" matches "hamas movement"; the role words below must be
 * in both or in neither, so "Civilians (Israel)" does not match "israel".
 */
final class ActorMatch {
  /** ACLED's generic actors: a name with one of these words is not the country or group named. */
  static final List<String> ROLE_WORDS = List.of("civilians", "protesters", "rioters");

  private ActorMatch() {}

  /** One side of a system event: its actor, then each associated actor ("; "-separated). */
  static List<String> side(Optional<String> actor, Optional<String> assoc) {
    List<String> names = new ArrayList<>();
    if (PlaceRule.present(actor)) {
      names.add(actor.get());
    }
    if (PlaceRule.present(assoc)) {
      for (String part : assoc.get().split(";", -1)) {
        String name = ScoreText.pyStrip(part);
        if (!name.isEmpty()) {
          names.add(name);
        }
      }
    }
    return names;
  }

  static boolean aliasMatch(String name, List<String> aliases) {
    String n = ScoreText.norm(name);
    if (n.length() < 3) {
      return false;
    }
    for (String alias : aliases) {
      String a = ScoreText.norm(alias);
      if (a.isEmpty()) {
        continue;
      }
      String paddedName = " " + n + " ";
      String paddedAlias = " " + a + " ";
      if (paddedName.contains(paddedAlias) || paddedAlias.contains(paddedName)) {
        if (sameRoleWords(n, a)) {
          return true;
        }
      }
    }
    return false;
  }

  static boolean actor1Ok(List<String> names, ArticleGoldEvent g) {
    return names.stream().anyMatch(x -> aliasMatch(x, g.actor1()));
  }

  /** No system actor2 is right only when the gold event has none or may have none. */
  static boolean actor2Ok(List<String> names, ArticleGoldEvent g) {
    if (names.isEmpty()) {
      return g.actor2().isEmpty() || g.actor2MayBeEmpty();
    }
    if (g.actor2().isEmpty()) {
      return false;
    }
    return names.stream().anyMatch(x -> aliasMatch(x, g.actor2()));
  }

  private static boolean sameRoleWords(String name, String alias) {
    List<String> nameWords = Arrays.asList(name.split(" "));
    List<String> aliasWords = Arrays.asList(alias.split(" "));
    return ROLE_WORDS.stream().allMatch(w -> nameWords.contains(w) == aliasWords.contains(w));
  }
}
