package org.sitrep.annotate;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.List;
import java.util.Set;

/**
 * Mends the tagger's reading of a past verb as a participle right after its subject: "a U.S.
 * drone strike targeted/VBN al-Shabaab fighters". Read as a participle, the verb became an
 * adjective of its object, the strike the subject of the sentence's last verb ("said"), and the
 * act lost its target and its place. A participle that opens a reduced relative ("fighters
 * targeted in the strike", "people injured last week died") has no object after it, or a finite
 * verb of its clause still to come. A subject may carry what it is believed to be ("men suspected
 * to be herders killed 14 villagers"), and a day may stand between subject and verb ("gunmen on
 * Thursday abducted 20 students").
 */
final class PastTensesTaggedAsParticiples {
  /** Tags of the words of a subject: a noun phrase from the clause's start. */
  private static final Set<String> SUBJECT = Set.of("DT", "JJ", "NN", "NNS", "NNP", "NNPS", "CD",
      "HYPH", "POS", "VBN");
  /** Tags that open the verb's object. */
  private static final Set<String> OBJECT = Set.of("DT", "NNP", "NNPS", "NNS", "CD", "PRP$");
  private static final Set<String> CLAUSE_OPENERS = Set.of(",", ":");
  private static final Set<String> FINITE = Set.of("VBD", "VBZ", "VBP", "MD");

  private PastTensesTaggedAsParticiples() {}

  /** Retags, in place, each such participle as a past verb; returns how many. */
  static int mend(List<CoreLabel> tokens) {
    int mended = 0;
    for (int i = 1; i + 1 < tokens.size(); i++) {
      CoreLabel t = tokens.get(i);
      // "Gunmen on Thursday abducted 20 students": the subject may stand before a time phrase.
      // No participle of a reduced relative follows its noun's day ("people on Thursday
      // injured"), so there the subject needs no determiner.
      int day = dayBefore(tokens, i);
      int noun = i - 1 - day;
      String before = noun >= 0 ? tokens.get(noun).tag() : "";
      if (t.tag().equals("VBN") && (before.equals("NN") || before.equals("NNS"))
          && (OBJECT.contains(tokens.get(i + 1).tag()) || floorOfANumber(tokens, i + 1))
          && opensAClause(tokens, noun, day > 0)
          && !finiteLater(tokens, i + 1)) {
        t.setTag("VBD");
        mended++;
      }
    }
    return mended;
  }

  private static final java.util.regex.Pattern WEEKDAY =
      java.util.regex.Pattern.compile(DateWords.WEEKDAY);
  private static final Set<String> PARTS_OF_DAY = Set.of("morning", "afternoon", "evening",
      "night");
  private static final Set<String> DAY_WORDS = Set.of("yesterday", "today", "overnight");

  /**
   * How many words of a day stand right before the word at {@code verb}: "on Thursday", "on
   * Monday night", "late on Friday", "yesterday"; none when there are none.
   */
  private static int dayBefore(List<CoreLabel> tokens, int verb) {
    int k = verb - 1;
    if (k >= 0 && DAY_WORDS.contains(word(tokens, k))) {
      return 1;
    }
    if (k >= 0 && PARTS_OF_DAY.contains(word(tokens, k))) {
      k--;
    }
    if (k < 1 || !WEEKDAY.matcher(word(tokens, k)).matches() || !word(tokens, k - 1).equals("on")) {
      return 0;
    }
    k--;
    if (k >= 1 && (word(tokens, k - 1).equals("late") || word(tokens, k - 1).equals("early"))) {
      k--;
    }
    return verb - k;
  }

  /** Words that put a floor under a number: "more than 20", "nearly 30", "some 40". */
  private static final Set<String> FLOORS = Set.of("more", "than", "over", "nearly", "almost",
      "about", "around", "some", "up", "to");

  /** "killed at least 18 civilians": an object that opens with a floor under its number. */
  private static boolean floorOfANumber(List<CoreLabel> tokens, int from) {
    int k = from;
    if (word(tokens, k).equals("at") && word(tokens, k + 1).equals("least")) {
      k += 2;
    } else {
      while (k < from + 2 && FLOORS.contains(word(tokens, k))) {
        k++;
      }
    }
    return k > from && k < tokens.size() && tokens.get(k).tag().equals("CD");
  }

  private static String word(List<CoreLabel> tokens, int k) {
    return k < tokens.size() ? tokens.get(k).word().toLowerCase(java.util.Locale.ROOT) : "";
  }

  /**
   * The noun before the word ends a phrase that opens the sentence or a clause: one with a
   * determiner, or one that names a group ("ADF rebels", "Houthi fighters"), which is no
   * reduced relative's head so much as a subject.
   */
  private static boolean opensAClause(List<CoreLabel> tokens, int noun, boolean dayBetween) {
    int k = noun;
    boolean determined = dayBetween;
    boolean described = false;
    while (k >= 0 && SUBJECT.contains(tokens.get(k).tag())) {
      determined |= tokens.get(k).tag().equals("DT") || names(tokens.get(k));
      k--;
      // "Gunmen on motorbikes attacked worshippers", "men in military uniforms abducted five":
      // a subject told by what it rode or wore is a noun phrase, determiner or not.
      if (!described && k >= 1 && DESCRIBING.contains(word(tokens, k))
          && tokens.get(k - 1).tag().startsWith("NN")) {
        described = true;
        determined = true;
        k--;
      }
      // "Armed men suspected to be herders killed 14 villagers": a subject described by what it
      // is believed to be is a noun phrase, determiner or not.
      if (believedToBe(tokens, k)) {
        determined = true;
        k -= 3;
      }
    }
    return determined && (k < 0 || CLAUSE_OPENERS.contains(tokens.get(k).tag()));
  }

  /** Prepositions of what a subject rode, wore or carried. */
  private static final Set<String> DESCRIBING = Set.of("on", "in", "with", "wearing", "riding");

  /** A name, or a group's letters tagged as a common noun ("ADF/NN"). */
  private static boolean names(CoreLabel t) {
    String w = t.word();
    return t.tag().startsWith("NNP") || w.length() >= 2 && w.chars().allMatch(Character::isUpperCase);
  }

  /** Participles of belief before "to be": "suspected", "believed", "thought", "said". */
  private static final Set<String> BELIEVED = Set.of("suspected", "believed", "thought", "said",
      "alleged", "reported", "understood", "presumed");

  /** Whether the word at {@code be} is the "be" of "suspected to be", after a noun. */
  private static boolean believedToBe(List<CoreLabel> tokens, int be) {
    return be >= 3 && tokens.get(be).word().equalsIgnoreCase("be")
        && tokens.get(be - 1).tag().equals("TO") && tokens.get(be - 2).tag().equals("VBN")
        && BELIEVED.contains(tokens.get(be - 2).word().toLowerCase(java.util.Locale.ROOT))
        && tokens.get(be - 3).tag().startsWith("NN");
  }

  /** A finite verb after the word in its clause: the participle describes that verb's subject. */
  private static boolean finiteLater(List<CoreLabel> tokens, int from) {
    for (int k = from; k < tokens.size() && !tokens.get(k).tag().equals(","); k++) {
      if (FINITE.contains(tokens.get(k).tag())) {
        return true;
      }
    }
    return false;
  }
}
