package org.sitrep.normalize;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.sitrep.annotate.AnnotatedArticle;
import org.sitrep.annotate.Sentence;
import org.sitrep.annotate.Token;
import org.sitrep.internal.WordFamilies;
import org.sitrep.model.Actor;
import org.sitrep.model.Event;
import org.sitrep.model.SubEventType;

/**
 * Sets aside the ordinary crime that ACLED does not code: an arrest or an attack in a story of
 * robbery, burglary, assault between neighbours or a police stand-off with an armed man, where
 * the only sides are the police, unnamed individuals and civilians and nothing in the story speaks
 * of militants, gangs, protest or politics. The rule is written in {@code crime-cues.tsv}.
 */
final class OrdinaryCrime {
  private static final Set<String> FAMILIES = Set.of("personal", "organised");
  private static final Set<SubEventType> POLICED = Set.of(
      SubEventType.ATTACK, SubEventType.ARMED_CLASH, SubEventType.ARRESTS);

  private final Set<String> personal;
  private final Set<String> organised;

  OrdinaryCrime(WordFamilies cues) {
    this.personal = cues.get("personal");
    this.organised = cues.get("organised");
  }

  static OrdinaryCrime loadDefault() {
    return new OrdinaryCrime(WordFamilies.bundled(OrdinaryCrime.class, "crime-cues.tsv", FAMILIES));
  }

  /** Whether the article is a crime story: a personal crime named, nothing organised or political. */
  boolean crimeStory(AnnotatedArticle article) {
    boolean crime = false;
    for (Sentence s : article.sentences()) {
      for (Token t : s.tokens()) {
        String lemma = t.lemma().toLowerCase(Locale.ROOT);
        if (organised.contains(lemma)) {
          return false;
        }
        crime |= personal.contains(lemma);
      }
    }
    return crime;
  }

  /** An event of a crime story whose sides are only police, individuals and civilians. */
  boolean isOrdinary(Event e) {
    if (!POLICED.contains(e.subEventType())) {
      return false;
    }
    List<Actor> sides = new ArrayList<>(e.assocActor1());
    sides.addAll(e.assocActor2());
    e.actor1().ifPresent(sides::add);
    e.actor2().ifPresent(sides::add);
    return sides.stream().allMatch(OrdinaryCrime::lawAndOrder);
  }

  private static boolean lawAndOrder(Actor a) {
    boolean police = a.inter() == 1 && a.name().startsWith("Police Forces");
    boolean unnamed = a.inter() == 3 && a.generic();
    return police || unnamed || a.inter() == 7;
  }
}
