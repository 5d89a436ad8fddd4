package org.sitrep.extract;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiPredicate;
import org.sitrep.annotate.Dependency;
import org.sitrep.annotate.Sentence;

/**
 * Words that tie a person or a thing to an act told as known from before: "a pistol linked to a
 * murder", "arrested in connection with the attack", "suspected of involvement in the kidnapping".
 * The act so named is not the one the sentence reports, nor are its dead among that one's.
 */
public final class ActLinks {
  /** The tying word's lemma, and the preposition that then names the act. */
  private static final Map<String, String> LINKS = Map.of(
      "link", "to", "relate", "to", "connect", "to", "tie", "to", "connection", "with",
      "involvement", "in");

  /**
   * Verbs of arrest and charge, and the prepositions that name the act someone is held for:
   * "arrested two men for attacking a rally", "charged with the murder", "suspected of planting".
   * That act was done before, by the people held, not by those who hold them.
   */
  private static final Map<String, Set<String>> CHARGES = Map.ofEntries(
      Map.entry("arrest", Set.of("for", "over")), Map.entry("detain", Set.of("for", "over")),
      Map.entry("apprehend", Set.of("for", "over")), Map.entry("nab", Set.of("for", "over")),
      Map.entry("charge", Set.of("with", "over", "for")), Map.entry("convict", Set.of("of", "for")),
      Map.entry("sentence", Set.of("for", "over")), Map.entry("jail", Set.of("for", "over")),
      Map.entry("imprison", Set.of("for", "over")), Map.entry("prosecute", Set.of("for", "over")),
      Map.entry("indict", Set.of("for", "on", "over")), Map.entry("suspect", Set.of("of", "in")));

  /**
   * Nouns of a death that may be told as what an act was over, or what set a fight off
   * ({@link Causes}).
   */
  static final Set<String> DEATH_NOUNS = Set.of("killing", "death", "murder", "slaying",
      "assassination", "lynching", "execution");

  /** Words that tell an act as one someone is accused of. */
  private static final Set<String> ALLEGED = Set.of("allegedly", "purportedly");

  private ActLinks() {}

  /** Whether {@code preposition} after the word of lemma {@code tie} names the act tied to. */
  public static boolean ties(String tie, String preposition) {
    return preposition.equalsIgnoreCase(LINKS.get(tie.toLowerCase(Locale.ROOT)));
  }

  /** Whether {@code preposition} after a verb of lemma {@code verb} names the act charged. */
  public static boolean charges(String verb, String preposition) {
    return CHARGES.getOrDefault(verb.toLowerCase(Locale.ROOT), Set.of())
        .contains(preposition.toLowerCase(Locale.ROOT));
  }

  /**
   * "a pistol linked to a murder", "arrested in connection with the attack": whether the noun is
   * an act another thing is tied to, one known from before, not the one the sentence tells.
   */
  public static boolean linkedTo(Sentence s, int noun) {
    return namedAfter(s, noun, false, ActLinks::ties);
  }

  /**
   * "arrested two men for attacking a rally", "charged with the murder of a trader": whether the
   * act is the one people are held or charged for, done before and by them.
   */
  public static boolean heldFor(Sentence s, int act) {
    return namedAfter(s, act, true, ActLinks::charges) || allegedBefore(s, act);
  }

  /**
   * "arrested a man after he allegedly hacked his wife to death": an act told as alleged, in a
   * clause an arrest came after, is the one the arrested are held for. (Without "allegedly" the
   * clause may tell the same incident: "arrested two men after they opened fire on officers".)
   */
  private static boolean allegedBefore(Sentence s, int act) {
    Optional<Dependency> up = s.head(act);
    if (up.isEmpty() || !up.get().relation().startsWith("advcl")
        || !CHARGES.containsKey(s.token(up.get().governor()).lemma().toLowerCase(Locale.ROOT))) {
      return false;
    }
    boolean after = s.basicChildren(act).stream().anyMatch(d -> d.relation().equals("mark")
        && s.token(d.dependent()).word().equalsIgnoreCase("after"));
    return after && s.basicChildren(act).stream().anyMatch(d -> d.relation().equals("advmod")
        && ALLEGED.contains(s.token(d.dependent()).word().toLowerCase(Locale.ROOT)));
  }

  /**
   * "blocked a highway over the killing of a colleague", "clashed over the death of a herder":
   * whether the act is a death something was done over, its cause, done before.
   */
  public static boolean over(Sentence s, int act) {
    return DEATH_NOUNS.contains(s.token(act).lemma().toLowerCase(Locale.ROOT))
        && namedAfter(s, act, false, (head, preposition) -> preposition.equalsIgnoreCase("over"));
  }

  /**
   * Whether the act hangs on a word ({@code link}'s first argument) by a preposition that names
   * the act tied to it; {@code clause} admits an act told as a clause ("for attacking").
   */
  private static boolean namedAfter(Sentence s, int act, boolean clause,
      BiPredicate<String, String> link) {
    Optional<Dependency> up = s.head(act);
    String rel = up.map(Dependency::relation).orElse("");
    if (!(rel.startsWith("obl") || rel.startsWith("nmod") || clause && rel.startsWith("advcl"))) {
      return false;
    }
    String head = s.token(up.get().governor()).lemma();
    return s.basicChildren(act).stream().anyMatch(d -> (d.relation().equals("case")
        || clause && d.relation().equals("mark"))
        && link.test(head, s.token(d.dependent()).word()));
  }
}
