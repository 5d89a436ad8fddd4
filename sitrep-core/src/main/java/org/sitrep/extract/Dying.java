package org.sitrep.extract;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.sitrep.annotate.Sentence;
import org.sitrep.internal.WordFamilies;
import org.sitrep.model.SubEventType;

/**
 * "Two attackers also died", "three passengers died in hospital": a verb of dying with the dead as
 * its subject. It is a mention of the dead only (an outcome), which joins the act of violence
 * told before it; alone it tells none. The trigger lexicon leaves these verbs out, as the typer
 * reads its words: a death is no sign of what kind of act, if any, caused it.
 */
final class Dying {
  private static final WordFamilies WORDS = WordFamilies.bundled(Dying.class, "dying.tsv",
      Set.of("dying", "causes", "sacrifice", "sacrificed", "utmost", "losing"));

  private Dying() {}

  /** True when token {@code i} is a verb of dying. */
  static boolean is(SentenceGraph g, int i) {
    return g.token(i).isVerb() && (WORDS.has("dying", lemma(g, i)) || sacrificed(g, i));
  }

  /** "Two soldiers paid the supreme price", "made the ultimate sacrifice": they died. */
  static boolean sacrificed(SentenceGraph g, int i) {
    return g.token(i).isVerb() && WORDS.has("sacrifice", lemma(g, i))
        && g.exact(i, "obj").stream().anyMatch(o -> WORDS.has("sacrificed", lemma(g, o))
            && g.exact(o, "amod").stream().anyMatch(a -> WORDS.has("utmost", lemma(g, a))));
  }

  /**
   * "The army said it lost two soldiers", "lost three of its fighters": a side's own dead, as its
   * statements tell them. Only a count of armed men: "lost the town" and "lost 300 cattle" are
   * no deaths.
   */
  static boolean lostMen(SentenceGraph g, int i) {
    if (!g.token(i).isVerb() || !WORDS.has("losing", lemma(g, i))) {
      return false;
    }
    for (int o : g.exact(i, "obj")) {
      boolean counted = !g.exact(o, "nummod").isEmpty() || g.token(o).pos().equals("CD");
      boolean men = TriggerTyper.armedPeople(g, o)
          || g.exact(o, "nmod:of").stream().anyMatch(p -> TriggerTyper.armedPeople(g, p));
      if (counted && men) {
        return true;
      }
    }
    return false;
  }

  /**
   * An attack whose dead the subject names, when token {@code i} is a verb of dying with one; not
   * a death told as the cause of the act it hangs on ("burned tyres after a trader died") or
   * as what a person the sentence names went through.
   */
  static Optional<SubEventType> of(SentenceGraph g, int i) {
    return is(g, i) && !g.exact(i, "nsubj").isEmpty() && !toldAsCause(g, i)
        ? Optional.of(SubEventType.ATTACK) : Optional.empty();
  }

  /**
   * "after a trader died", and "a woman who died during delivery": a death that describes
   * someone the sentence names, or that led to the act, is not the act's toll.
   */
  private static boolean toldAsCause(SentenceGraph g, int i) {
    return g.head(i) >= 0 && (g.relation(i).startsWith("acl")
        || g.sentence().basicChildren(i).stream().anyMatch(d -> d.relation().equals("mark")
            && WORDS.has("causes", lemma(g, d.dependent()))));
  }

  /** A cheap test before the parse. */
  static boolean mayTell(Sentence sentence) {
    return sentence.tokens().stream()
        .anyMatch(t -> WORDS.has("dying", t.lemma().toLowerCase(Locale.ROOT))
            || WORDS.has("utmost", t.lemma().toLowerCase(Locale.ROOT)));
  }

  private static String lemma(SentenceGraph g, int i) {
    return g.token(i).lemma().toLowerCase(Locale.ROOT);
  }
}
