package org.sitrep.extract;

import java.util.Set;

/**
 * The verb that carries a noun trigger and whose phrases are the act's: "launched an attack",
 * "clashes erupted", "clashes were reported", "responded with artillery fire". A verb trigger
 * carries itself.
 */
final class Carriers {
  private Carriers() {}

  /** Verbs that carry a noun trigger: "launched an attack", "carried out a raid". */
  static final Set<String> LIGHT_VERBS = Set.of(
      "launch", "carry", "conduct", "stage", "mount", "wage", "begin", "start", "lead", "unleash",
      "undertake", "continue", "intensify", "resume", "perpetrate", "commit", "execute", "make",
      "initiate", "step", "renew", "fight", "hold", "organize", "organise", "call", "impose",
      "declare", "enforce");
  /** Verbs whose subject suffers the noun trigger: "thirteen people suffered injuries". */
  static final Set<String> EXPERIENCE_VERBS = Set.of("suffer", "sustain", "receive", "incur");
  /** Verbs whose object is the weapon and whose "at" is the target: "threw a grenade at". */
  static final Set<String> THROWING = Set.of("throw", "hurl", "lob", "toss", "drop", "plant");
  /**
   * Verbs whose subject is a noun trigger and whose phrases belong to it: "clashes erupted", "the
   * protests turned violent in Qqq", "the unrest spread to Qqq".
   */
  static final Set<String> HAPPENING_VERBS = Set.of(
      "erupt", "break", "occur", "take", "rage", "continue", "resume", "flare", "ensue", "follow",
      "hit", "target", "kill", "leave", "result", "happen", "escalate", "intensify", "turn",
      "spread", "spill", "end");
  /** Verbs by which a noun trigger is reported in the passive: "clashes were reported". */
  static final Set<String> REPORTED_VERBS = Set.of(
      "report", "record", "observe", "hear", "witness", "register", "monitor");
  /** Nouns of a run of acts: "a series of airstrikes", "a wave of attacks". */
  private static final Set<String> RUNS = Set.of(
      "series", "string", "succession", "flurry", "wave", "barrage", "volley", "salvo", "spate");

  /** The verb that carries a noun trigger, or the trigger itself. */
  static int of(SentenceGraph g, int trigger) {
    if (!g.token(trigger).isNoun()) {
      return trigger;
    }
    int head = g.head(trigger);
    if (head < 0) {
      return trigger;
    }
    String rel = g.relation(trigger);
    if ((rel.equals("nmod") || rel.equals("nmod:of"))
        && RUNS.contains(ArgumentFinder.lemma(g, head))) {
      // "jets carried out a series of airstrikes": the verb carries the run, and so its acts.
      rel = g.relation(head);
      head = g.head(head);
      if (head < 0) {
        return trigger;
      }
    }
    String headLemma = ArgumentFinder.lemma(g, head);
    // "clashes were reported between X and Y": a report's verb carries what it reports.
    if (rel.startsWith("obj") && (LIGHT_VERBS.contains(headLemma)
        || EXPERIENCE_VERBS.contains(headLemma) || THROWING.contains(headLemma))
        || rel.startsWith("nsubj") && HAPPENING_VERBS.contains(headLemma)
        // "The attack was carried out by X": the passive of a light verb, its maker by "by".
        || rel.equals("nsubj:pass")
            && (REPORTED_VERBS.contains(headLemma) || LIGHT_VERBS.contains(headLemma))
        || rel.startsWith("obl") && ANSWERING.contains(headLemma) && g.hasCase(trigger, "with")
            && fromAfar(g, trigger)
        // "struck the town with guided bombs": what the blow was dealt with is the act.
        || rel.startsWith("obl") && STRIKING.contains(headLemma) && g.hasCase(trigger, "with")) {
      return head;
    }
    return trigger;
  }

  /** Verbs of a blow whose "with" names the weapon that dealt it, the act itself. */
  private static final Set<String> STRIKING = Set.of("strike", "hit", "target", "pound", "pummel");

  /**
   * Verbs of answering an act with one: "the army responded with artillery fire". Only fire from
   * afar is an act of its own: "the guards answered with gunfire" is their side of the fight told.
   */
  private static final Set<String> ANSWERING = Set.of("respond", "retaliate", "reply", "react",
      "answer", "counter");
  private static final Set<String> FROM_AFAR = Set.of("artillery", "mortar", "mortars", "rocket",
      "rockets", "missile", "missiles", "shelling", "shells", "airstrike", "airstrikes", "strikes",
      "drone", "drones", "bombardment", "air");

  private static boolean fromAfar(SentenceGraph g, int noun) {
    if (FROM_AFAR.contains(g.token(noun).word().toLowerCase(java.util.Locale.ROOT))) {
      return true;
    }
    return g.sentence().basicChildren(noun).stream()
        .filter(d -> d.relation().equals("compound") || d.relation().equals("amod"))
        .anyMatch(d -> FROM_AFAR.contains(
            g.token(d.dependent()).word().toLowerCase(java.util.Locale.ROOT)));
  }
}
