package org.sitrep.extract;

import java.util.Locale;
import java.util.Set;

/**
 * Names that a verb of taking or bombarding ground has as its object ("captured Gwoza", "took
 * control of Kitui", "shelled Kupiansk"): places, though NER may read a town it does not know as a
 * person's name.
 */
final class TakenGround {
  private TakenGround() {}

  /** Verbs whose object is ground: "captured Gwoza", "took control of Gwoza". */
  static final Set<String> TAKING = Set.of(
      "capture", "seize", "overrun", "recapture", "retake", "liberate", "regain", "take");

  /**
   * A name that is what a verb of taking ground takes ("captured Kitui", "took control of
   * Kitui") is a place, though NER may read a town it does not know as a person's name.
   */
  static boolean taken(SentenceGraph g, int first, int last) {
    for (int k = first; k <= last; k++) {
      int head = g.head(k);
      String rel = g.relation(k);
      if (head < 0) {
        continue;
      }
      if (rel.equals("nmod") || rel.startsWith("nmod:of")) {
        // "control of Kitui": the name is what control is taken of.
        if (!g.token(head).lemma().equalsIgnoreCase("control")) {
          continue;
        }
        rel = g.relation(head);
        head = g.head(head);
        if (head < 0) {
          continue;
        }
      }
      if (rel.equals("obj") && TAKING.contains(g.token(head).lemma().toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  /** Verbs whose object, when a name, is a town: "shelled Kupiansk", "bombarded Gwoza". */
  private static final Set<String> BOMBARDING = Set.of("shell", "bombard", "bomb", "pound");

  /**
   * A name that is what a verb of bombardment hit, of one word or of several ("shelled Velykyi
   * Burluk"): no person is shelled.
   */
  static boolean shelled(SentenceGraph g, int first, int last) {
    int name = headOfSpan(g, first, last);
    int head = name < 0 ? -1 : g.head(name);
    if (head < 0 || !g.relation(name).equals("obj")) {
      return false;
    }
    String verb = g.token(head).lemma().toLowerCase(Locale.ROOT);
    return BOMBARDING.contains(verb) || STRIKING.contains(verb) && byMunitions(g, head);
  }

  /** Verbs of a blow, whose object is a town when munitions dealt it. */
  private static final Set<String> STRIKING = Set.of("strike", "hit", "target");

  /**
   * "struck Sumy with two missiles", "a drone hit Okhtyrka", "coalition jets struck Saada": a blow
   * dealt by munitions or by aircraft.
   */
  private static boolean byMunitions(SentenceGraph g, int verb) {
    return java.util.stream.Stream.concat(g.exact(verb, "obl:with").stream(),
            g.exact(verb, "nsubj").stream())
        .anyMatch(k -> Things.isMunition(g.token(k).word())
            || WeaponWords.AIRCRAFT.contains(g.token(k).word().toLowerCase(Locale.ROOT)));
  }

  /** The one word of a span that hangs outside it, or -1 if there are several. */
  private static int headOfSpan(SentenceGraph g, int first, int last) {
    int found = -1;
    for (int k = first; k <= last; k++) {
      int head = g.head(k);
      if (head < first || head > last) {
        if (found >= 0) {
          return -1;
        }
        found = k;
      }
    }
    return found;
  }

  /**
   * Verbs of an assault whose object, when a one-word name, is most often a town: "stormed
   * Bambari", "raided Tsafe", "attacked Kumbo". NER often reads a town it does not know as a
   * person's name; the gazetteer says whether the name is a place.
   */
  private static final Set<String> ASSAULTING = Set.of("attack", "storm", "raid", "invade",
      "besiege");
  /** Of those, the ones that no report uses of a person: "stormed Bambari", not "stormed Musa". */
  private static final Set<String> ASSAULTING_GROUND = Set.of("storm", "raid", "invade",
      "besiege");

  /** A one-word name that a verb of assault has as its object: perhaps a town. */
  static boolean assaulted(SentenceGraph g, int first, int last) {
    return first == last && objectOf(g, first, ASSAULTING);
  }

  /**
   * A one-word name that an assault on ground has as its object ("stormed Bambari"): a town,
   * whatever NER says, and so no side of the act.
   */
  static boolean townStormed(SentenceGraph g, int noun) {
    return g.token(noun).isProperNoun() && objectOf(g, noun, ASSAULTING_GROUND)
        && oneWord(g, noun);
  }

  private static boolean objectOf(SentenceGraph g, int noun, Set<String> verbs) {
    int head = g.head(noun);
    return head >= 0 && g.relation(noun).equals("obj") && g.token(head).isVerb()
        && verbs.contains(g.token(head).lemma().toLowerCase(Locale.ROOT));
  }

  private static boolean oneWord(SentenceGraph g, int noun) {
    return g.sentence().basicChildren(noun).stream()
        .noneMatch(d -> d.relation().equals("flat") || d.relation().equals("compound"));
  }

  /**
   * A one-word name taken as ground ("captured Gwoza"): a town, whatever NER says; a name of
   * several words ("captured Abubakar Shekau") may be a person's, and is left to the rest.
   */
  static boolean townTaken(SentenceGraph g, int noun) {
    return g.token(noun).isProperNoun() && taken(g, noun, noun) && oneWord(g, noun);
  }

  /** Crowds that a force drives from a square or a road: "dislodged protesters from the square". */
  private static final Set<String> CROWDS = Set.of("protesters", "protestors", "demonstrators",
      "marchers", "strikers", "rioters", "crowd", "crowds", "mob", "sit-in", "protest", "protests");

  /**
   * "Police dislodged protesters from the square", "seized the protesters' camp": a crowd driven
   * from where it gathered is a protest met by force, not ground taken from an armed side.
   */
  static boolean crowdDriven(SentenceGraph g, int verb) {
    return g.exact(verb, "obj").stream().anyMatch(o -> crowd(g, o)
        || g.exact(o, "nmod:poss").stream().anyMatch(p -> crowd(g, p)));
  }

  private static boolean crowd(SentenceGraph g, int i) {
    return CROWDS.contains(g.token(i).word().toLowerCase(Locale.ROOT));
  }
}
