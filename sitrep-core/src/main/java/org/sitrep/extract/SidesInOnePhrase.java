package org.sitrep.extract;

import static org.sitrep.extract.ArgumentFinder.lemma;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.sitrep.annotate.Dependency;
import org.sitrep.model.Evidence;

/**
 * Two sides of a fight that the parse gives as one phrase: "between the military and Karenni
 * fighters" (the two sides' words joined before one noun), "members of Qqq and Zzz clashed" (two
 * names after "of").
 */
final class SidesInOnePhrase {
  private SidesInOnePhrase() {}

  /**
   * Two names joined by "and" where the parse gives one side: the names after "of" in
   * "activists of Qqq and Zzz", or the name the side's head is joined to ("Qqq and Zzz", parsed
   * with Zzz alone as the subject).
   */
  static Optional<int[]> twoNamedInOne(SentenceGraph g, int head) {
    int before = g.head(head);
    if (g.relation(head).startsWith("conj") && before >= 0 && before < head
        && partyName(g, before) && partyName(g, head)) {
      return Optional.of(new int[] {before, head});
    }
    for (Dependency d : g.sentence().basicChildren(head)) {
      int name = d.dependent();
      boolean of = d.relation().startsWith("nmod") && g.sentence().basicChildren(name).stream()
          .anyMatch(c -> c.relation().equals("case") && lemma(g, c.dependent()).equals("of"));
      if (!of || !partyName(g, name)) {
        continue;
      }
      for (Dependency c : g.sentence().basicChildren(name)) {
        if (c.relation().startsWith("conj") && partyName(g, c.dependent())) {
          return Optional.of(new int[] {name, c.dependent()});
        }
      }
    }
    return Optional.empty();
  }

  /**
   * A name that may be a party's, not a country's or a place's: "forces of Chad and Niger"
   * are read apart when the sides are coded, as two peoples' forces.
   */
  private static boolean partyName(SentenceGraph g, int i) {
    return g.token(i).isProperNoun() && !PLACE_TAGS.contains(g.token(i).ner());
  }

  private static final Set<String> PLACE_TAGS = Set.of("LOCATION", "COUNTRY", "CITY",
      "STATE_OR_PROVINCE", "NATIONALITY");

  /**
   * The first of two words joined by "and" before one noun, in "between the military and Karenni
   * fighters": "military".
   */
  static Optional<Integer> sharedAdjective(SentenceGraph g, int noun) {
    // The adjective may stand on the noun or on a noun before it ("rebel defence units").
    List<Dependency> before = new ArrayList<>(g.sentence().basicChildren(noun));
    g.sentence().basicChildren(noun).stream().filter(d -> d.relation().equals("compound"))
        .forEach(d -> before.addAll(g.sentence().basicChildren(d.dependent())));
    // Only a kind of force ("military", "army"): two peoples' adjectives ("Sudanese and
    // Ethiopian troops") and two allegiances ("pro-Qqq and pro-Zzz forces") are read apart
    // when the sides are coded.
    return before.stream()
        .filter(d -> (d.relation().equals("amod") || d.relation().equals("compound"))
            && d.dependent() < noun && g.token(d.dependent()).word().matches("\\p{Ll}+"))
        .map(Dependency::dependent)
        .filter(a -> g.sentence().basicChildren(a).stream().anyMatch(c -> c.relation()
            .equals("conj") && c.dependent() > a && c.dependent() < noun))
        .findFirst();
  }

  /**
   * The noun's phrase without the other side's word ({@code shared}, as {@link #sharedAdjective}
   * found it), which is joined to the noun's own: "Karenni fighters".
   */
  static Evidence withoutSharedAdjective(SentenceGraph g, int shared, Evidence phrase) {
    int own = g.sentence().basicChildren(shared).stream()
        .filter(c -> c.relation().equals("conj")).mapToInt(Dependency::dependent).min()
        .orElseThrow();
    int start = g.token(own).start();
    return new Evidence(phrase.field(), phrase.text().substring(start - phrase.start()), start,
        phrase.end());
  }
}
