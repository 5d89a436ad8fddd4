package org.sitrep.merge;

import java.util.ArrayList;
import java.util.List;
import org.sitrep.model.Actor;
import org.sitrep.model.Event;

/**
 * Whether the sides two reports name can be the sides of one event. Outlets name the same parties
 * differently and often leave one out ("soldiers were ambushed" against "JNIM fighters ambushed a
 * Malian army patrol"), and they tell a fight from either side, so the two pairs of actors are
 * matched in any order:
 *
 * <ul>
 *   <li>the same actor agrees with itself;
 *   <li>a description ("gunmen", "soldiers") agrees with a named actor of its kind, as within one
 *       article ({@link Sides#sameSide}), unless both have a country and the countries differ:
 *       "soldiers" in a report from Mali are not the army of Burkina Faso;
 *   <li>ACLED's qualifiers in parentheses, a country or a period, may be left off: "Islamic State"
 *       is "Islamic State (Mozambique)" when their countries do not differ;
 *   <li>an actor one report names and the other leaves out costs a little: one side missing is how
 *       short reports differ, not a sign of two events;
 *   <li>two different named actors of the same kind, one left over in each report, are two parties
 *       in one role (JNIM in one report, Islamic State Sahel in the other; the armies of two
 *       countries): two events. Left-over actors of different kinds are more likely each report's
 *       view of one fight ("soldiers repelled an attack" against "JNIM attacked a camp"), and
 *       civilians are never opposed: outlets differ in whom they count among the victims. These
 *       cost more than a missing side, but part nothing.
 * </ul>
 */
final class ReportedSides {
  /** A description matched to a named actor is likely, not certain, to be that actor. */
  static final double DESCRIBED = 0.9;
  /** One report leaves a side out: the usual shape of a short report of the same event. */
  static final double SIDE_MISSING = 0.85;
  /** Only one report names any side: the actors neither join nor part them. */
  static final double NO_SIDES = 0.8;
  /** Each report names sides the other does not, none opposed: one fight seen from each side. */
  static final double NOTHING_SHARED = 0.75;

  private ReportedSides() {}

  static Finding compare(Event a, Event b) {
    List<Actor> left = sides(a);
    List<Actor> right = sides(b);
    List<Actor> matched = new ArrayList<>();
    boolean described = false;
    for (Actor x : List.copyOf(left)) {
      Actor partner = right.stream().filter(y -> y.name().equals(x.name())).findFirst()
          .orElseGet(() -> right.stream().filter(y -> agree(x, y)).findFirst().orElse(null));
      if (partner != null) {
        described |= !partner.name().equals(x.name());
        matched.add(x.generic() ? partner : x);
        left.remove(x);
        right.remove(partner);
      }
    }
    for (Actor x : left) {
      for (Actor y : right) {
        if (opposed(x, y)) {
          return Finding.differs("actors differ (" + x.name() + " / " + y.name() + ")");
        }
      }
    }
    String unshared = names(left) + " / " + names(right);
    if (!left.isEmpty() && !right.isEmpty()) {
      double weight = matched.isEmpty() ? NOTHING_SHARED : (described ? DESCRIBED : 1) * SIDE_MISSING;
      String shared = matched.isEmpty() ? "no actor in common" : "actors agree (" + names(matched) + ")";
      return Finding.agrees(weight, shared + "; other actors not opposed (" + unshared + ")");
    }
    if (matched.isEmpty()) {
      return Finding.agrees(NO_SIDES, left.isEmpty() && right.isEmpty() ? "no actors named"
          : "actors named in one report only (" + names(left.isEmpty() ? right : left) + ")");
    }
    double weight = (described ? DESCRIBED : 1) * (left.isEmpty() && right.isEmpty() ? 1 : SIDE_MISSING);
    String missing = left.isEmpty() && right.isEmpty() ? ""
        : "; one report also names " + names(left.isEmpty() ? right : left);
    return Finding.agrees(weight, "actors agree (" + names(matched) + ")" + missing);
  }

  /** Two actors that may be one party as two outlets name it. */
  static boolean agree(Actor x, Actor y) {
    boolean otherCountry = !x.iso3().isEmpty() && !y.iso3().isEmpty() && !x.iso3().equals(y.iso3());
    if (x.name().equals(y.name())) {
      return true;
    }
    return !otherCountry && (Sides.sameSide(x, y) || base(x).equals(base(y)));
  }

  /**
   * Two parties of one kind that one event's role cannot hold both of: two named groups, or a
   * description and a named actor of two countries ("soldiers" in Mali, the army of Burkina Faso).
   */
  static boolean opposed(Actor x, Actor y) {
    boolean twoCountries = !x.iso3().isEmpty() && !y.iso3().isEmpty() && !x.iso3().equals(y.iso3());
    return x.inter() == y.inter() && x.inter() != CIVILIANS && !agree(x, y)
        && (!x.generic() && !y.generic() || twoCountries);
  }

  private static final int CIVILIANS = 7;

  /** The name without ACLED's qualifiers: "Military Forces of Mali (2021-)" → "Military Forces of Mali". */
  private static String base(Actor a) {
    return a.name().replaceAll("\\s*\\([^)]*\\)", "").trim();
  }

  private static List<Actor> sides(Event e) {
    List<Actor> out = new ArrayList<>();
    e.actor1().ifPresent(out::add);
    e.actor2().ifPresent(out::add);
    return out;
  }

  private static String names(List<Actor> actors) {
    return String.join(", ", actors.stream().map(Actor::name).toList());
  }
}
