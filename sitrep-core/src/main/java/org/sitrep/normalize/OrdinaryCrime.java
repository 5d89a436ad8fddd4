package org.sitrep.normalize;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.sitrep.annotate.AnnotatedArticle;
import org.sitrep.annotate.Sentence;
import org.sitrep.annotate.Token;
import org.sitrep.internal.WordFamilies;
import org.sitrep.model.Actor;
import org.sitrep.model.Event;
import org.sitrep.model.Evidence;
import org.sitrep.model.Mention;
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
      List<Token> tokens = s.tokens();
      for (int i = 0; i < tokens.size(); i++) {
        Token t = tokens.get(i);
        String lemma = t.lemma().toLowerCase(Locale.ROOT);
        if (organised.contains(lemma)) {
          return false;
        }
        crime |= personal.contains(lemma) && !describesANoun(tokens, i);
      }
    }
    return crime;
  }

  /**
   * "fled to neighbouring towns", "the disputed area": a word of a personal crime made an
   * adjective of a noun tells of no crime.
   */
  private static boolean describesANoun(List<Token> tokens, int i) {
    String pos = tokens.get(i).pos();
    boolean participle = pos.equals("VBG") || pos.equals("VBN");
    return pos.startsWith("JJ")
        || participle && i + 1 < tokens.size() && tokens.get(i + 1).pos().startsWith("NN");
  }

  /**
   * An event of a crime story whose sides are only police, unnamed people and civilians, and whose
   * words name no group: any arrest (ACLED codes the arrest of a protester, a journalist or a
   * militant, and a crime story names none), and violence by or against one person ("a
   * neighbour", "the suspect", "police opened fire"). Violence by or against a group ("a mob",
   * "armed men", "police assaulted traders") is coded whatever its motive.
   */
  boolean isOrdinary(Event e, Mention m) {
    if (!POLICED.contains(e.subEventType())) {
      return false;
    }
    List<Actor> sides = new ArrayList<>(e.assocActor1());
    sides.addAll(e.assocActor2());
    e.actor1().ifPresent(sides::add);
    e.actor2().ifPresent(sides::add);
    if (!sides.stream().allMatch(OrdinaryCrime::lawAndOrder)) {
      return false;
    }
    if (e.subEventType() == SubEventType.ARRESTS) {
      return true;
    }
    List<Evidence> phrases = new ArrayList<>(m.assocActor1());
    phrases.addAll(m.assocActor2());
    m.actor1().ifPresent(phrases::add);
    m.actor2().ifPresent(phrases::add);
    return phrases.stream().map(Evidence::text)
        .filter(p -> !POLICE_WORDS.matcher(p).find())
        .noneMatch(OrdinaryCrime::group);
  }

  private static final Pattern POLICE_WORDS =
      Pattern.compile("(?i)\\b(police|officers?|policem[ae]n|troopers?|deput(y|ies)|detectives?)\\b");
  private static final Pattern GROUP = Pattern.compile(
      "(?i).*\\b(mob|group|gang|crowd|family|families|band|people|men|women|children|youths?|"
          + "they|them)$");

  /**
   * "armed men", "a mob of locals", "several beer parlour owners", "attacked them", "gunmen":
   * more than one person.
   */
  private static boolean group(String phrase) {
    String p = phrase.strip();
    String last = p.substring(p.lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT);
    return GROUP.matcher(p).matches() || last.endsWith("s") && !last.endsWith("ss") && last.length() > 3
        || last.endsWith("men") && last.length() > 5;
  }

  private static boolean lawAndOrder(Actor a) {
    boolean police = a.inter() == 1 && a.name().startsWith("Police Forces");
    boolean unnamed = a.inter() == 3 && a.generic();
    return police || unnamed || a.inter() == 7;
  }
}
