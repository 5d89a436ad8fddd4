package org.sitrep.annotate;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.List;
import java.util.Set;

/**
 * Mends one error of the part-of-speech tagger before the parse reads its tags: a word that is
 * both a noun and a verb, tagged as a verb's base form where only a noun can stand, between a
 * determiner and the sentence's verb ("A Ukrainian drone hit a depot", "the rebel shell struck a
 * house", at times with an adverb before the verb: "a drone later hit"). Left as a verb, it
 * became the root of the parse, with the adjective before it as its subject and the real verb
 * hanging off it, so the act lost its maker. Likewise a gerund after
 * an adjective or a name that opens a clause and before its verb ("Russian shelling hit a camp",
 * "Government shelling killed two"): it heads the subject; tagged a verb, it hung off the
 * adjective, which became the subject. And a name in capitals that spells a verb ("IS"), a plural
 * that opens a clause before its past verb ("airstrikes/VBZ targeted"), and a gerund after a
 * preposition and adjectives ("under heavy shelling/VBG"), and one right after a determiner and
 * before a preposition ("the shelling/VBG by troops"); and a base form after an article and
 * adjectives and before a preposition or a stop ("shot down a Turkish drone/VB over Qqq").
 */
final class NounsTaggedAsVerbs {
  private static final Set<String> BASE_FORMS = Set.of("VB", "VBP");
  /** What may stand between the determiner and the noun: adjectives, names, other nouns. */
  private static final Set<String> MODIFIERS = Set.of("JJ", "NNP", "NN", "CD", "HYPH", "VBN");
  private static final Set<String> DETERMINERS = Set.of("a", "an", "the", "this", "that");
  /** A finite verb or a participle after the noun: the noun phrase's own verb. */
  private static final Set<String> VERBS_AFTER = Set.of("VBD", "VBN", "VBZ", "MD");

  private NounsTaggedAsVerbs() {}

  /** Retags, in place, each such verb of the sentence as a singular noun; returns how many. */
  static int mend(List<CoreLabel> tokens) {
    int mended = 0;
    for (int i = 0; i + 1 < tokens.size(); i++) {
      CoreLabel t = tokens.get(i);
      boolean verbAfter = VERBS_AFTER.contains(tokens.get(i + 1).tag());
      // "A Turkish drone later struck a car": an adverb may stand between the noun and its verb.
      int after = i + 1;
      while (after + 1 < tokens.size() && tokens.get(after).tag().equals("RB")) {
        after++;
      }
      boolean verbAfterAdverb = after > i + 1 && VERBS_AFTER.contains(tokens.get(after).tag())
          && BASE_FORMS.contains(t.tag()) && afterDeterminer(tokens, i);
      // Not before a participle, which the gerund may govern: "Demanding increased pay, ...".
      boolean finiteAfter = verbAfter && !tokens.get(i + 1).tag().equals("VBN");
      // "The shelling came a day after ...": a gerund after a determiner, before its verb.
      // "Fighting erupted between ...", "On Monday, fighting erupted": one that opens the
      // sentence or a clause after a comma.
      if (verbAfterAdverb
          || verbAfter && (BASE_FORMS.contains(t.tag()) && afterDeterminer(tokens, i)
          || t.tag().equals("VBG")
              && (afterOpeningModifiers(tokens, i) || afterDeterminer(tokens, i)))
          || finiteAfter && t.tag().equals("VBG")
              && (i == 0 || OPENING_PUNCTUATION.contains(tokens.get(i - 1).tag()))
          || t.tag().equals("VBG") && afterPrepositionAndAdjectives(tokens, i)
          // "said the shelling by government troops killed three": a gerund a determiner opens
          // and a preposition follows heads a noun phrase, whatever comes after it.
          || i > 0 && t.tag().equals("VBG") && tokens.get(i + 1).tag().equals("IN")
              && DETERMINERS.contains(tokens.get(i - 1).word().toLowerCase(java.util.Locale.ROOT))
          || BASE_FORMS.contains(t.tag()) && modifierOfANoun(tokens, i)
          || BASE_FORMS.contains(t.tag()) && afterArticleAndAdjectives(tokens, i)
              && ENDS_A_NOUN_PHRASE.contains(tokens.get(i + 1).tag())) {
        if (t.tag().equals("VBG")) {
          // The lemmatizer, run before, gave the verb's ("shell"); the noun is its own.
          t.setLemma(t.word().toLowerCase(java.util.Locale.ROOT));
        }
        t.setTag("NN");
        mended++;
      } else if (i == 0) {
        // The mends below read the word before; the first word has none.
        continue;
      } else if (acronymAsVerb(t, tokens.get(i + 1))) {
        t.setTag("NNP");
        mended++;
      } else if (nameAsGerund(tokens, i)) {
        // The lemmatizer gave a verb's ("Saga"); the name is its own.
        t.setTag("NNP");
        t.setLemma(t.word());
        mended++;
      } else if (pluralAfterName(tokens, i) || pluralOpeningClause(tokens, i)) {
        // With no auxiliary before it, the participle the tagger read after "insurgents/VBZ"
        // is the past tense.
        t.setTag("NNS");
        CoreLabel verb = tokens.get(afterDay(tokens, i + 1));
        if (verb.tag().equals("VBN")) {
          verb.setTag("VBD");
        }
        mended++;
      }
    }
    return mended;
  }

  /**
   * "IS militants abducted eight shepherds": a name in capitals that spells a verb ("IS") before
   * a noun or an adjective in ordinary case is the name. Tagged a verb, it made the militants the
   * passive subject of the act, whom it was done to.
   */
  private static boolean acronymAsVerb(CoreLabel t, CoreLabel next) {
    String w = t.word();
    String n = next.word();
    return t.tag().startsWith("VB") && w.length() >= 2 && w.equals(w.toUpperCase(java.util.Locale.ROOT))
        && w.chars().allMatch(Character::isLetter)
        && (next.tag().startsWith("NN") || next.tag().equals("JJ"))
        && !n.equals(n.toUpperCase(java.util.Locale.ROOT));
  }

  /**
   * "two protesters were shot in Sagaing", "in the central Sagaing region": a capitalised word
   * ending in "-ing" after a preposition, a determiner or an adjective, in a sentence in ordinary
   * case, is a name; tagged a gerund or a common noun, it was no place. Not in a headline in title
   * case ("Troops Accused of Killing Civilians"), where every word is capitalised.
   */
  private static boolean nameAsGerund(List<CoreLabel> tokens, int i) {
    String w = tokens.get(i).word();
    String tag = tokens.get(i).tag();
    String before = tokens.get(i - 1).tag();
    boolean gerundLike = tag.equals("VBG") || tag.equals("NN") && w.endsWith("ing");
    return gerundLike && Character.isUpperCase(w.charAt(0))
        && w.substring(1).chars().allMatch(Character::isLowerCase)
        && (before.equals("IN") || before.equals("TO") || before.equals("DT")
            || before.equals("JJ")) && !titleCase(tokens, i);
  }

  /**
   * Whether most words of four letters or more open with a capital, as headlines are written:
   * not counting the first word, names, or the word in question, which open with one anyway.
   */
  private static boolean titleCase(List<CoreLabel> tokens, int except) {
    int words = 0;
    int capitalised = 0;
    for (int k = 1; k < tokens.size(); k++) {
      String w = tokens.get(k).word();
      if (k != except && w.length() >= 4 && Character.isLetter(w.charAt(0))
          && !tokens.get(k).tag().startsWith("NNP")) {
        words++;
        capitalised += Character.isUpperCase(w.charAt(0)) ? 1 : 0;
      }
    }
    // With no such word to go by ("Troops/NNP Accused/NNP of/IN Killing/VBG"), leave it.
    return words == 0 || capitalised * 2 > words;
  }

  /**
   * "Boko Haram insurgents killed 11 farmers": a plural noun of people after a group's name, tagged
   * as a verb in the present ("insurgents/VBZ"), before the sentence's past verb. Left so, the
   * parse made the name the passive subject of "killed", whom the act was done to. So too a
   * plural of acts of force or of arms after the name of who used them ("Junta airstrikes/VBZ
   * killed", "UAV strikes/VBZ killed", "Junta airstrikes/VBZ on a village"): the act lost its
   * maker and its kind, or was read as what usually happens. Not any plural, since a verb of
   * saying may stand so in a headline ("Qqq says downed 20 drones").
   */
  private static boolean pluralAfterName(List<CoreLabel> tokens, int i) {
    CoreLabel t = tokens.get(i);
    String next = tokens.get(afterDay(tokens, i + 1)).tag();
    String w = t.word().toLowerCase(java.util.Locale.ROOT);
    if (!t.tag().equals("VBZ") || !tokens.get(i - 1).tag().equals("NNP")) {
      return false;
    }
    boolean verbAfter = next.equals("VBD") || next.equals("VBN");
    // "Junta airstrikes on a village killed nine": what an act was aimed at follows the noun; a
    // verb would take it as its object ("the junta strikes villages"), or "at" ("strikes at").
    String nextWord = tokens.get(i + 1).word().toLowerCase(java.util.Locale.ROOT);
    boolean targetAfter = nextWord.equals("on") || nextWord.equals("against");
    return verbAfter && PEOPLE_ENDINGS.stream().anyMatch(w::endsWith)
        || (verbAfter || targetAfter) && ACTS_AND_ARMS.contains(w);
  }

  /** Plurals of acts of force and of arms that the tagger may read as verbs after a name. */
  private static final Set<String> ACTS_AND_ARMS = Set.of("airstrikes", "strikes", "raids",
      "attacks", "assaults", "ambushes", "clashes", "bombs", "bombings", "blasts", "shells",
      "shellings", "rockets", "missiles", "mortars", "drones", "grenades", "defences", "defenses");

  private static final Set<String> PARTS_OF_DAY = Set.of("night", "morning", "afternoon",
      "evening");

  /**
   * Where the verb stands after a day told between subject and verb, as Nigerian and Indian
   * papers write ("insurgents on Sunday night attacked"): past "on" and the day's words.
   */
  private static int afterDay(List<CoreLabel> tokens, int k) {
    if (k + 2 < tokens.size() && tokens.get(k).word().equalsIgnoreCase("on")
        && tokens.get(k + 1).tag().equals("NNP")) {
      int after = k + 2;
      if (after + 1 < tokens.size()
          && PARTS_OF_DAY.contains(tokens.get(after).word().toLowerCase(java.util.Locale.ROOT))) {
        after++;
      }
      return after;
    }
    return k;
  }

  /**
   * "On Monday, airstrikes targeted a village": a plural noun that opens a clause, tagged as a
   * verb in the present ("airstrikes/VBZ") right before the clause's past verb. Two finite verbs do
   * not stand together, so the first is the subject. Left so, the act was read as what usually
   * happens. Not after a name or a noun: "Kyiv says downed", "the man she says attacked".
   */
  private static boolean pluralOpeningClause(List<CoreLabel> tokens, int i) {
    CoreLabel t = tokens.get(i);
    String next = tokens.get(i + 1).tag();
    String w = t.word().toLowerCase(java.util.Locale.ROOT);
    return t.tag().equals("VBZ") && w.endsWith("s") && !AUXILIARIES.contains(w)
        && (next.equals("VBD") || next.equals("VBN"))
        && OPENERS_OF_PLURALS.contains(tokens.get(i - 1).tag());
  }

  /** What may stand before a plural that opens a clause: a comma, a determiner, an adjective. */
  private static final Set<String> OPENERS_OF_PLURALS = Set.of(",", ":", "DT", "JJ", "CD");
  private static final Set<String> AUXILIARIES = Set.of("is", "has", "does", "was");

  /** Endings of plural nouns of people: insurgents, militants, jihadists, fighters, gunmen. */
  private static final List<String> PEOPLE_ENDINGS =
      List.of("ants", "ents", "ists", "ers", "ors", "els", "men", "ies");

  /**
   * What a gerund's modifiers may follow when they open a clause: its start, "the", a comma. Not
   * a preposition: in "protested in Ternopil demanding higher pay" the gerund is a verb.
   */
  private static final Set<String> CLAUSE_OPENERS = Set.of("DT", ",", ":");
  private static final Set<String> OPENING_PUNCTUATION = Set.of(",", ":");

  /**
   * Adjectives or names right before the word ("Russian", "Heavy", "Government"), and before them
   * the start of the sentence, a determiner or a comma. Not a plural noun: "soldiers fleeing
   * were shot" is a participle.
   */
  private static boolean afterOpeningModifiers(List<CoreLabel> tokens, int word) {
    int k = word - 1;
    while (k >= 0 && (tokens.get(k).tag().equals("JJ") || tokens.get(k).tag().equals("NNP"))) {
      k--;
    }
    return k < word - 1 && (k < 0 || CLAUSE_OPENERS.contains(tokens.get(k).tag()));
  }

  /**
   * "came under heavy shelling", "amid fierce fighting": a gerund after a preposition and
   * adjectives alone, which no verb takes, is a noun. Tagged a verb, it hung off another clause
   * and the act lost whom it was done to.
   */
  private static boolean afterPrepositionAndAdjectives(List<CoreLabel> tokens, int word) {
    int k = word - 1;
    while (k >= 0 && tokens.get(k).tag().equals("JJ")) {
      k--;
    }
    return k < word - 1 && k >= 0 && tokens.get(k).tag().equals("IN");
  }

  /** What may stand between an article and a noun that modifies the phrase's head. */
  private static final Set<String> NAMES_AND_ADJECTIVES = Set.of("JJ", "NNP", "VBN", "CD", "HYPH");

  /**
   * "A suspected U.S. drone strike targeted a compound": a base form between an article with a
   * name or an adjective after it and a noun that the phrase's verb follows is a noun that
   * modifies that noun. Tagged a verb, it made the name its subject and the strike its object.
   */
  private static boolean modifierOfANoun(List<CoreLabel> tokens, int word) {
    if (word + 2 >= tokens.size() || !tokens.get(word + 1).tag().startsWith("NN")
        || tokens.get(word + 1).tag().startsWith("NNP")
        || !VERBS_AFTER.contains(tokens.get(word + 2).tag()) && !droneBeforeItsTarget(tokens, word)) {
      return false;
    }
    int k = word - 1;
    while (k >= 0 && NAMES_AND_ADJECTIVES.contains(tokens.get(k).tag())) {
      k--;
    }
    // "repelled 14 Russian drone attacks": a count opens the phrase as an article does.
    return k < word - 1 && k >= 0
        && (ARTICLES.contains(tokens.get(k).word().toLowerCase(java.util.Locale.ROOT))
            || tokens.get(k + 1).tag().equals("CD"));
  }

  private static final Set<String> ARTICLES = Set.of("a", "an", "the");

  /**
   * "A Russian drone strike on Sumy killed two": "drone", the one weapon that spells a verb
   * and names its strike, read before the phrase's preposition as well as before its verb.
   */
  private static boolean droneBeforeItsTarget(List<CoreLabel> tokens, int word) {
    return tokens.get(word).word().equalsIgnoreCase("drone")
        && tokens.get(word + 2).tag().equals("IN");
  }

  /** What may follow a noun phrase and not a verb's base form: a preposition, a stop. */
  private static final Set<String> ENDS_A_NOUN_PHRASE = Set.of("IN", ",", ".");

  /**
   * "shot down a Turkish drone/VB over Qqq": an article and adjectives alone before the word, and
   * a preposition or a stop after it. (Not a noun between, which may be the verb's subject:
   * "the police fire at ...".)
   */
  private static boolean afterArticleAndAdjectives(List<CoreLabel> tokens, int word) {
    int k = word - 1;
    while (k >= 0 && tokens.get(k).tag().startsWith("JJ")) {
      k--;
    }
    return k < word - 1 && k >= 0 && tokens.get(k).tag().equals("DT")
        && ARTICLES.contains(tokens.get(k).word().toLowerCase(java.util.Locale.ROOT));
  }

  /** A determiner before the word, with only modifiers of a noun between them. */
  private static boolean afterDeterminer(List<CoreLabel> tokens, int word) {
    for (int k = word - 1; k >= 0; k--) {
      CoreLabel t = tokens.get(k);
      if (t.tag().equals("DT")) {
        return DETERMINERS.contains(t.word().toLowerCase(java.util.Locale.ROOT));
      }
      if (!MODIFIERS.contains(t.tag())) {
        return false;
      }
    }
    return false;
  }
}
