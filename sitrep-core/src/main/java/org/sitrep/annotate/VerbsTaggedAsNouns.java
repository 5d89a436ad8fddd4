package org.sitrep.annotate;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Mends the tagger's error opposite to {@link NounsTaggedAsVerbs}: a past verb that is also a
 * noun, tagged a noun right after the noun that opens its clause ("a soldier shot/NN at a taxi
 * driver", "a mob set/NN fire to the offices"). The parse made "soldier shot" one noun, and the
 * act was lost with its maker. A shot that a verb takes ("fired a warning shot at them") does not
 * open a clause and stays a noun. One that "and" joins to a past verb before it ("torched houses
 * and shot/NN at people") is a verb too. The same holds of an auxiliary and of a participle
 * tagged as nouns (see below).
 */
final class VerbsTaggedAsNouns {
  /**
   * A past form that is also a noun: the verb's lemma, and words that may follow the verb and not
   * the noun ("a soldier shot at", "shot dead"; "a mob set fire to", "a militia set up").
   */
  private record PastForm(String lemma, Set<String> wordsAfter) {}

  private static final Map<String, PastForm> PAST_FORMS = Map.of(
      "shot", new PastForm("shoot", Set.of("at", "dead", "and")),
      "set", new PastForm("set", Set.of("fire", "ablaze", "alight", "up")));
  /** Tags that may begin what follows the verb: its object or the victim's state. */
  private static final Set<String> OBJECT_STARTS = Set.of("DT", "PRP", "PRP$", "CD");
  /** What may stand between the determiner and the noun that opens the clause. */
  private static final Set<String> MODIFIERS = Set.of("JJ", "NN", "NNP", "HYPH");
  /** What a clause may start after: the sentence's start, a comma, a colon. */
  private static final Set<String> BEFORE_CLAUSE = Set.of(",", ":");

  private VerbsTaggedAsNouns() {}

  /** Retags, in place, each such noun of the sentence as a past verb; returns how many. */
  static int mend(List<CoreLabel> tokens) {
    int mended = 0;
    for (int i = 2; i + 1 < tokens.size(); i++) {
      CoreLabel t = tokens.get(i);
      PastForm past = PAST_FORMS.get(t.word().toLowerCase(Locale.ROOT));
      CoreLabel next = tokens.get(i + 1);
      if (past != null && t.tag().equals("NN")
          && (OBJECT_STARTS.contains(next.tag())
              || past.wordsAfter().contains(next.word().toLowerCase(Locale.ROOT)))
          && (tokens.get(i - 1).tag().equals("NN") && opensClause(tokens, i - 1)
              || joinedToAPastVerb(tokens, i))) {
        t.setTag("VBD");
        t.setLemma(past.lemma());
        mended++;
      } else if (auxiliaryAsNoun(tokens, i)) {
        String word = t.word().toLowerCase(Locale.ROOT);
        t.setTag(word.equals("had") ? "VBD" : word.equals("has") ? "VBZ" : "VBP");
        t.setLemma("have");
        mended++;
      } else if (participleAfterItsNoun(tokens, i)) {
        t.setTag("VBG");
        t.setLemma(edu.stanford.nlp.process.Morphology.lemmaStatic(t.word(), "VBG"));
        mended++;
      }
    }
    return mended;
  }

  /** What a participle's object may open with: "sheltering displaced families", "housing 300". */
  private static final Set<String> PARTICIPLE_OBJECTS = Set.of("VBN", "JJ", "DT", "NNS", "CD",
      "PRP$");

  /**
   * "The Taliban have/NN stepped up attacks": the auxiliary before a participle, tagged a noun
   * after a name, made the name and "have" one noun phrase.
   */
  private static boolean auxiliaryAsNoun(List<CoreLabel> tokens, int i) {
    String word = tokens.get(i).word().toLowerCase(Locale.ROOT);
    return tokens.get(i).tag().startsWith("NN") && AUXILIARIES.contains(word)
        && tokens.get(i + 1).tag().equals("VBN");
  }

  private static final Set<String> AUXILIARIES = Set.of("have", "has", "had");

  /** Nouns in -ing that are seldom a participle: "Monday morning two men", "a border crossing". */
  private static final Set<String> NOUNS_IN_ING = Set.of("morning", "evening", "building",
      "wedding", "meeting", "funding", "training", "clothing", "ceiling", "ending", "opening",
      "crossing", "offering", "spring", "string", "landing", "setting", "warning", "uprising");

  /**
   * "a school sheltering displaced families in Qqq killed 18": a word in -ing tagged a noun right
   * after a noun and before the start of its object describes that noun. Read as a noun of its
   * phrase, it made the families the subject of the killing.
   */
  private static boolean participleAfterItsNoun(List<CoreLabel> tokens, int i) {
    String word = tokens.get(i).word().toLowerCase(Locale.ROOT);
    String before = tokens.get(i - 1).tag();
    return tokens.get(i).tag().equals("NN") && word.endsWith("ing") && word.length() > 5
        && !NOUNS_IN_ING.contains(word) && (before.equals("NN") || before.equals("NNS"))
        && PARTICIPLE_OBJECTS.contains(tokens.get(i + 1).tag());
  }

  /** How far back from "and" the past verb it joins may stand: "torched [the] [two] houses and". */
  private static final int JOIN_REACH = 6;

  /**
   * "gang members torched houses and shot at people": after a past verb's object, "and" joins a
   * second past verb, which the tagger read as a noun of the object's list. Only a past verb of
   * the same clause counts (no comma or clause mark between): "fired tear gas and shot at them".
   */
  private static boolean joinedToAPastVerb(List<CoreLabel> tokens, int i) {
    if (!tokens.get(i - 1).word().equalsIgnoreCase("and")) {
      return false;
    }
    for (int k = i - 2; k >= 0 && k >= i - 1 - JOIN_REACH; k--) {
      String tag = tokens.get(k).tag();
      if (tag.equals("VBD")) {
        return true;
      }
      if (!tag.startsWith("NN") && !MODIFIERS.contains(tag) && !OBJECT_STARTS.contains(tag)) {
        return false;
      }
    }
    return false;
  }

  /** "a soldier", "On Monday, an off-duty policeman": a noun phrase that opens its clause. */
  private static boolean opensClause(List<CoreLabel> tokens, int noun) {
    int k = noun - 1;
    while (k >= 0 && MODIFIERS.contains(tokens.get(k).tag())) {
      k--;
    }
    return k >= 0 && tokens.get(k).tag().equals("DT")
        && (k == 0 || BEFORE_CLAUSE.contains(tokens.get(k - 1).tag()));
  }
}
