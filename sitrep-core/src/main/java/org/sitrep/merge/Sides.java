package org.sitrep.merge;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.sitrep.model.Actor;
import org.sitrep.model.Event;
import org.sitrep.model.Evidence;

/**
 * Which actors told in one article are one side of an event, and which is the other: a
 * description and the named actor of its kind, the police and the army of one government, the
 * protesters and the rioters of one crowd.
 */
final class Sides {
  private Sides() {}

  /**
   * "Nine attackers were also killed" after "Taliban fighters attacked": a description of armed
   * men is on the side of the armed group that acted, whether or not the dictionary names the same
   * kind of group for both.
   */
  static boolean sameSide(Actor x, Actor y) {
    return agree(x, y) || (x.generic() || y.generic()) && armedGroup(x) && armedGroup(y)
        || oneCrowd(x, y) || oneState(x, y);
  }

  /** "Police Forces of Afghanistan (2014-) ...": the state and the period of its government. */
  private static final java.util.regex.Pattern STATE = java.util.regex.Pattern.compile(
      "^(?:Military|Police) Forces of (.+? \\(\\d{4}-(?:\\d{4})?\\))");

  /**
   * The forces of one government: one side, whether a report says police or soldiers ("a
   * policeman was killed at a checkpoint ... the Taliban claimed four soldiers were killed").
   * Rival governments of one country (Yemen's since 2016, Libya's since 2014) are not one.
   */
  private static boolean oneState(Actor x, Actor y) {
    if (x.inter() != 1 || y.inter() != 1) {
      return false;
    }
    java.util.regex.Matcher a = STATE.matcher(x.name());
    java.util.regex.Matcher b = STATE.matcher(y.name());
    if (!a.find() || !b.find() || !a.group(1).equals(b.group(1))) {
      return false;
    }
    // "Military Forces of Yemen (2016-) Supreme Political Council" shares its period with the
    // government it fights; a unit ("... Military Police") is its own state's.
    String unitA = x.name().substring(a.end());
    String unitB = y.name().substring(b.end());
    return unitA.equals(unitB)
        || !RIVAL_GOVERNMENT.matcher(unitA).find() && !RIVAL_GOVERNMENT.matcher(unitB).find();
  }

  /** What names a rival government after a state's forces, not a unit of them. */
  private static final java.util.regex.Pattern RIVAL_GOVERNMENT =
      java.util.regex.Pattern.compile("Council|Faction|Government");

  /** Rioters and protesters of one country: one crowd, whether it marched or threw stones. */
  static boolean crowd(Actor a) {
    return a.inter() == 5 || a.inter() == 6;
  }

  private static boolean oneCrowd(Actor x, Actor y) {
    return crowd(x) && crowd(y) && x.iso3().equals(y.iso3());
  }

  static boolean armedGroup(Actor a) {
    return a.inter() >= 2 && a.inter() <= 4;
  }

  static boolean agree(Actor x, Actor y) {
    if (x.name().equals(y.name())) {
      return true;
    }
    return (x.generic() || y.generic()) && x.inter() == y.inter() && !(x.generic() && y.generic());
  }

  /** The opponent of {@code actor1} among both records' actors, named before generic. */
  static Optional<Actor> otherSide(Optional<Actor> actor1, Event a, Event b) {
    List<Actor> candidates = new ArrayList<>();
    a.actor2().ifPresent(candidates::add);
    b.actor2().ifPresent(candidates::add);
    // "A bomb exploded ... police blamed al-Shabaab": a named maker that took the place of an
    // unnamed armed group is that group named, not its opponent; so is one that took the place
    // of a maker coded by convention ("A jet bombed a school" under "Junta air strike").
    a.actor1().filter(x -> actor1.map(y -> !armedGroup(x) || !x.generic() || !sameSide(x, y))
        .orElse(true) && !(a.makerByConvention() && actor1.filter(y -> !y.equals(x)).isPresent()))
        .ifPresent(candidates::add);
    // "Inmates set mattresses on fire and clashed with guards": the words that made the burning
    // are the rioters, however the burning alone had coded them.
    // "The shelling came a day after ...": a maker coded by convention, since the words named
    // none, is no opponent either.
    b.actor1().filter(x -> !sameWords(a, "actor1", b, "actor1") && !b.makerByConvention())
        .ifPresent(candidates::add);
    // "Traders protesting a levy threw stones at police": the protesters who riot are the
    // rioters, not their opponents. Nor are soldiers of the police's government: "Security
    // forces arrest MP" over "police confirmed the arrest" tells who arrested, twice.
    Optional<Actor> opponent = candidates.stream()
        .filter(x -> actor1.map(y -> !agree(x, y) && !oneCrowd(x, y) && !oneState(x, y))
            .orElse(true))
        .min((x, y) -> Boolean.compare(x.generic(), y.generic()));
    // "Two rival armed groups clashed ... The fighting lasted hours": a record that coded both
    // sides as the same party keeps its second side when another record joins it.
    return opponent.or(() -> Stream.of(a, b)
        .filter(r -> r.actor2().isPresent() && r.actor1().equals(r.actor2()))
        .map(r -> r.actor2().get())
        .filter(x -> actor1.map(y -> y.equals(x)).orElse(false))
        .findFirst());
  }

  /** True when one record's side and another's are the same words ("them" told back). */
  static boolean sameWords(Event a, String fieldA, Event b, String fieldB) {
    return anyPair(a, fieldA, b, fieldB, (x, y) -> y.start() == x.start() && y.end() == x.end());
  }

  /** Whether some evidence of one record's field and some of another's are alike, as told. */
  static boolean anyPair(Event a, String fieldA, Event b, String fieldB,
      java.util.function.BiPredicate<Evidence, Evidence> alike) {
    return a.evidence().stream().filter(x -> x.field().equals(fieldA))
        .anyMatch(x -> b.evidence().stream().filter(y -> y.field().equals(fieldB))
            .anyMatch(y -> alike.test(x, y)));
  }
}
