package org.sitrep.extract;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Who holds a site an act struck: "an army base" is the army's, "a camp of separatist fighters"
 * the fighters'; and who rode in a vehicle it struck, "a truck carrying soldiers". A site is never
 * a side, but its holders may be, when the sentence names no one else struck.
 */
final class SiteHolders {
  private SiteHolders() {}

  /** Armed men, and forces, whose site a thing struck may be: "a camp of separatist fighters". */
  private static final Set<String> ARMED_MEN = Set.of("fighter", "militant", "rebel", "insurgent",
      "gunman", "jihadist", "militiaman", "militia", "separatist", "soldier", "troops", "troop",
      "bandit", "terrorist", "combatant", "guerrilla", "army", "force", "police");

  /** Words before a site that name the state's force holding it: "an army base". */
  private static final Set<String> FORCES_HOLDING = Set.of("army", "military", "police",
      "gendarmerie", "security", "navy", "naval", "troops", "soldiers");

  /** "an army base", "the police station": a site the words before it give to a state force. */
  static boolean heldByAForce(SentenceGraph g, int site) {
    return Things.isThing(g.token(site).word()) && g.sentence().basicChildren(site).stream()
        .anyMatch(d -> (d.relation().equals("compound") || d.relation().equals("amod")
            || d.relation().equals("nmod:poss"))
            && FORCES_HOLDING.contains(g.token(d.dependent()).word().toLowerCase(Locale.ROOT)));
  }

  /** Verbs of a vehicle that name who rode in it: "a truck carrying soldiers". */
  private static final Set<String> CARRYING = Set.of("carry", "transport", "ferry");

  /** "a vehicle carrying soldiers", "a bus transporting workers": the people it carried. */
  static Optional<Integer> carriedBy(SentenceGraph g, int vehicle) {
    if (!Things.isThing(g.token(vehicle).word()) || owned(g, vehicle)) {
      return Optional.empty();
    }
    // What it carried may be goods ("trucks carrying ammunitions"), which are no side.
    return g.exact(vehicle, "acl").stream()
        .filter(v -> CARRYING.contains(g.token(v).lemma().toLowerCase(Locale.ROOT)))
        .flatMap(v -> g.exact(v, "obj").stream())
        .filter(o -> !Things.isThing(g.token(o).word()) && !Things.isThing(g.token(o).lemma())
            && !Things.isMunition(g.token(o).word()))
        .findFirst();
  }

  /** "three Qqq trucks", "their vehicles": a vehicle whose owner is named says whose it was. */
  private static boolean owned(SentenceGraph g, int vehicle) {
    return g.sentence().basicChildren(vehicle).stream().anyMatch(d -> {
      String rel = d.relation();
      var owner = g.token(d.dependent());
      return rel.equals("nmod:poss")
          || (rel.equals("compound") || rel.equals("amod")) && owner.isProperNoun()
          || rel.equals("amod") && Character.isUpperCase(owner.word().charAt(0));
    });
  }

  /** Verbs of a site whose agent is who holds it: "a school occupied by fighters". */
  private static final Set<String> HOLDING = Set.of("use", "occupy", "hold", "control", "run",
      "operate", "man", "garrison");

  /**
   * "a former police headquarters used by the RSF", "a school occupied by Qqq fighters": whoever
   * uses or holds the site, whatever its words say it once was.
   */
  static Optional<Integer> heldBy(SentenceGraph g, int site) {
    if (!Things.isThing(g.token(site).word()) && !Things.isSite(g.token(site).word())) {
      return Optional.empty();
    }
    return g.exact(site, "acl").stream()
        .filter(v -> HOLDING.contains(g.token(v).lemma().toLowerCase(Locale.ROOT)))
        .flatMap(v -> Stream.of("obl:agent", "obl:by")
            .flatMap(rel -> g.exact(v, rel).stream()))
        .findFirst();
  }

  /** "a camp of separatist fighters", "positions of the army": the armed men the site is of. */
  static Optional<Integer> armedMenOf(SentenceGraph g, int site) {
    if (!Things.isThing(g.token(site).word())) {
      return Optional.empty();
    }
    // A name after "of" already belongs to the site's phrase ("positions of the Qqq People's
    // Militia"), which the tables resolve as written.
    return g.exact(site, "nmod:of").stream().filter(o -> !g.token(o).isProperNoun())
        .filter(o -> ARMED_MEN.contains(g.token(o).lemma().toLowerCase(Locale.ROOT))).findFirst();
  }
}
