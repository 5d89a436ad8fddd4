/*
 * Sitrep - reads conflict news and writes event data.
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.sitrep.normalize;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.internal.WordFamilies;
import org.sitrep.model.Actor;
import org.sitrep.model.EventType;
import org.sitrep.model.Evidence;
import org.sitrep.model.SubEventType;

/**
 * The kinds of event whose second side, when the text names none, is the civilians of the
 * place: ACLED's codebook puts civilians on the other side of violence against civilians, of
 * property destroyed or looted that no armed or state party is said to own ("rebels burned
 * houses and a lorry"), and of a mob's violence that names no other crowd or force ("a mob set
 * upon a church"). Other kinds keep an empty second side: a shelling or a protest has no party
 * on its other side unless the words name one.
 */
final class UnnamedCivilians {

  private static final int CIVILIANS = 7;
  private static final Set<String> STATE = WordFamilies.bundledPart(UnnamedCivilians.class,
      "site-cues.tsv", Set.of("state")).get("state");
  private static final Pattern WORD = Pattern.compile("[\\p{L}]+");

  private UnnamedCivilians() {}

  /** Why the civilians stand on this kind of event's unnamed second side, if they do. */
  static Optional<String> why(SubEventType type, Optional<Actor> actor1,
      Optional<Evidence> target) {
    if (type.eventType() == EventType.VIOLENCE_AGAINST_CIVILIANS) {
      // Counts' words were tried as the evidence and left: counts are often told in another
      // clause, and made the victims look like a span of text that names them.
      return Optional.of("no one named as the victims: civilians, by ACLED's convention");
    }
    if (actor1.map(a -> a.inter() == CIVILIANS).orElse(false)) {
      // Villagers who burn their neighbours' houses are not both sides of it.
      return Optional.empty();
    }
    if (target.map(t -> statesOwn(t.text())).orElse(false)) {
      // "Rebels burned a police station": the state's, not the civilians'.
      return Optional.empty();
    }
    if (type == SubEventType.LOOTING) {
      return Optional.of("no owner named for what was looted or destroyed: civilians, by"
          + " ACLED's convention");
    }
    if (type == SubEventType.MOB_VIOLENCE) {
      return Optional.of("no one named as the mob's target: civilians, by ACLED's convention");
    }
    return Optional.empty();
  }

  private static boolean statesOwn(String phrase) {
    Matcher w = WORD.matcher(phrase.toLowerCase(Locale.ROOT));
    while (w.find()) {
      if (STATE.contains(w.group())) {
        return true;
      }
    }
    return false;
  }
}
