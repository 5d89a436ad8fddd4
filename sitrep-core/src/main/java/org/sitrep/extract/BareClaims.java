package org.sitrep.extract;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.sitrep.annotate.Sentence;
import org.sitrep.annotate.Token;
import org.sitrep.internal.WordFamilies;
import org.sitrep.model.SubEventType;

/**
 * A claim of responsibility that names no act: "The TTP claimed responsibility", "the group took
 * responsibility for it". It claims the act the report has just told, and so it is a mention
 * that points back to that act, with the claimant as its maker ({@link AgentFinder} reads the
 * claimant). A claim that names its act ("claimed responsibility for the bombing") needs none:
 * the act's own word is the trigger. No one claims what nobody claimed ("No group has claimed
 * responsibility", {@link AgentFinder#claimant}), and a claim denied ("did not claim") is set
 * aside as negated, as any act is.
 *
 * <p>Blame that names no act is the same pointer seen from the other side: in "A drone struck the
 * market ... The committee blamed the militia", the party blamed is the act's maker as the
 * report tells it, and ACLED codes it so. Only an armed party or one named by its name is taken:
 * "critics blamed the minister" points at no act.
 */
final class BareClaims {
  private static final WordFamilies WORDS = WordFamilies.bundled(BareClaims.class,
      "bare-claims.tsv", Set.of("claiming", "claimed", "blaming", "answerable", "causes"));

  private BareClaims() {}

  /**
   * The type of act token {@code i} claims, when it is the responsibility a named party claims:
   * an attack of any kind, which the act it points back to makes precise.
   */
  static Optional<SubEventType> of(SentenceGraph g, int i) {
    if (blamed(g, i).isPresent()) {
      return Optional.of(SubEventType.ATTACK);
    }
    var t = g.token(i);
    int verb = g.head(i);
    if (!t.isNoun() || !WORDS.has("claimed", lemma(g, i)) || verb < 0
        || !g.relation(i).equals("obj") || !WORDS.has("claiming", lemma(g, verb))
        || namesItsAct(g, i) || AgentFinder.claimant(g, verb).isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(SubEventType.ATTACK);
  }

  /**
   * The party blamed, when token {@code i} is a verb of blame in the active voice whose object
   * names an armed party or a party by its name, and that blames it for nothing the sentence
   * names ("blamed the army for the shortages" is another matter; "blamed the army for the
   * attack" has its act's word as the trigger, and {@link AgentFinder} reads the blame there).
   */
  static Optional<Integer> blamed(SentenceGraph g, int i) {
    if (WORDS.has("answerable", lemma(g, i)) && g.token(i).pos().startsWith("JJ")) {
      return answerable(g, i);
    }
    if (!g.token(i).isVerb() || !WORDS.has("blaming", lemma(g, i))
        || !g.exact(i, "aux:pass").isEmpty() || !g.exact(i, "nsubj:pass").isEmpty()
        || AgentFinder.claimant(g, i).isEmpty() || forSomething(g, i)) {
      return Optional.empty();
    }
    return g.exact(i, "obj").stream().findFirst()
        .map(o -> ArgumentFinder.actorHead(g, o))
        .filter(o -> party(g, o));
  }

  /**
   * "Police said al-Shabaab was responsible", "The army held the rebels responsible": the party
   * held to account for an act not named, when one is named and not for something else.
   */
  private static Optional<Integer> answerable(SentenceGraph g, int adjective) {
    if (forSomething(g, adjective) || !g.exact(adjective, "nmod:for").isEmpty()) {
      return Optional.empty();
    }
    return heldToAccount(g, adjective).map(w -> ArgumentFinder.actorHead(g, w))
        .filter(w -> party(g, w) && AgentFinder.namesSomeone(g, w));
  }

  /**
   * Whom a word of account ("responsible") holds to account: its subject ("the group was
   * responsible"), the noun it describes ("held the rebels responsible", parsed with the
   * adjective on the rebels), or the object of the verb it completes; empty when none is told.
   */
  static Optional<Integer> heldToAccount(SentenceGraph g, int word) {
    Optional<Integer> who = g.exact(word, "nsubj").stream().findFirst();
    if (who.isPresent() || g.head(word) < 0) {
      return who;
    }
    if (g.relation(word).equals("amod")) {
      return Optional.of(g.head(word));
    }
    return g.relation(word).startsWith("xcomp")
        ? g.exact(g.head(word), "obj").stream().findFirst() : Optional.empty();
  }

  /** "blamed them for the shortages", "blamed the drought on the war": what the blame is for. */
  private static boolean forSomething(SentenceGraph g, int verb) {
    return List.of("obl:for", "obl:on", "nmod:for", "obl:over").stream()
        .flatMap(rel -> g.exact(verb, rel).stream())
        .anyMatch(d -> !g.token(d).pos().startsWith("PRP"));
  }

  /**
   * An armed party, or one named by its name: not "the minister" or "him". (The tagger takes
   * many a group's name for a person's, "Boko Haram" among them, so a person's name passes.)
   */
  private static boolean party(SentenceGraph g, int noun) {
    var t = g.token(noun);
    return !t.pos().startsWith("PRP") && !cause(g, noun)
        && (t.isProperNoun() || t.ner().equals("ORGANIZATION")
            || TriggerTyper.armedPeople(g, noun) || AgentFinder.agentNoun(lemma(g, noun)));
  }

  /** An armed party, or an organisation by its name: not a person, a place or "the minister". */
  static boolean armedOrOrganised(SentenceGraph g, int noun) {
    var t = g.token(noun);
    return !cause(g, noun) && (t.ner().equals("ORGANIZATION") || TriggerTyper.armedPeople(g, noun)
        || AgentFinder.agentNoun(lemma(g, noun))
        || t.isProperNoun() && !t.ner().equals("PERSON") && !t.ner().equals("LOCATION"));
  }

  /** "a dispute over land", "a fault": what a blame names that is no one who acted. */
  static boolean cause(SentenceGraph g, int noun) {
    return WORDS.has("causes", lemma(g, noun));
  }

  /**
   * A cheap test before the parse: a word of claiming and the responsibility claimed, or a word
   * of blame.
   */
  static boolean mayTell(Sentence sentence) {
    boolean claiming = false;
    boolean claimed = false;
    for (Token t : sentence.tokens()) {
      String lemma = t.lemma().toLowerCase(Locale.ROOT);
      claiming |= WORDS.has("claiming", lemma);
      claimed |= WORDS.has("claimed", lemma);
      if (WORDS.has("blaming", lemma) || WORDS.has("answerable", lemma)) {
        return true;
      }
    }
    return claiming && claimed;
  }

  /**
   * "responsibility for the bombing": a noun after "for" names the act (not "for it"); "in a
   * statement" does not.
   */
  private static boolean namesItsAct(SentenceGraph g, int i) {
    return g.exact(i, "nmod:for").stream().anyMatch(d -> !g.token(d).pos().startsWith("PRP"));
  }

  private static String lemma(SentenceGraph g, int i) {
    return g.token(i).lemma().toLowerCase(Locale.ROOT);
  }
}
