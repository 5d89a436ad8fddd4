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
 *       article ({@link Cluster#sameSide}), unless both have a country and the countries differ:
 *       "soldiers" in a report from Mali are not the army of Burkina Faso;
 *   <li>an actor one report names and the other leaves out costs a little: one side missing is how
 *       short reports differ, not a sign of two events;
 *   <li>an actor left over in each report is two different parties in the same role (JNIM in one,
 *       Islamic State Sahel in the other): two events.
 * </ul>
 */
final class ReportedSides {
  /** A description matched to a named actor is likely, not certain, to be that actor. */
  static final double DESCRIBED = 0.9;
  /** One report leaves a side out: the usual shape of a short report of the same event. */
  static final double SIDE_MISSING = 0.85;
  /** Neither report names a side the other names: the actors neither join nor part them. */
  static final double NO_SIDES = 0.8;

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
    if (!left.isEmpty() && !right.isEmpty()) {
      return Finding.differs("actors differ (" + names(left) + " / " + names(right) + ")");
    }
    if (matched.isEmpty()) {
      return Finding.agrees(NO_SIDES, left.isEmpty() ? "no actors named"
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
    return !otherCountry && Cluster.sameSide(x, y);
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
