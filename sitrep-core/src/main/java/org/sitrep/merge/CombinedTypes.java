package org.sitrep.merge;

import org.sitrep.model.Event;
import org.sitrep.model.SubEventType;

/**
 * The sub-event type of two mentions of one event merged: the more specific kind of bomb, the
 * more severe demonstration, and a demonstration met with arrests or deadly force as ACLED codes
 * it.
 */
final class CombinedTypes {
  private CombinedTypes() {}

  /** @param riot a fight was told in the demonstration: it is a violent demonstration at least */
  static SubEventType of(Event a, Event b, boolean riot) {
    // "the bombing" told first, "a suicide bomber blew himself up" after: the specific kind; a
    // protest that turned violent is a riot, and one met with force is coded as such.
    SubEventType type = b.subEventType() == SubEventType.SUICIDE_BOMB
        && a.subEventType() == SubEventType.REMOTE_EXPLOSIVE ? b.subEventType() : a.subEventType();
    if (answeredOnTheGround(a, b) || answeredOnTheGround(b, a)) {
      type = SubEventType.ARMED_CLASH;
    }
    if (Kinds.demonstration(a.eventType()) && Kinds.demonstration(b.eventType())
        && Kinds.severity(b.subEventType()) > Kinds.severity(a.subEventType())) {
      type = b.subEventType();
    }
    // "Police later cleared the road and detained 40 of them": a protest whose own people were
    // arrested was met with intervention; an arrest it was held against was not.
    boolean protestersHeld = b.actor2().map(x -> x.inter() == 6).orElse(false)
        || Sides.sameWords(a, "actor1", b, "actor2") || sameHeadWord(a, "actor1", b, "actor2");
    if (type == SubEventType.PEACEFUL_PROTEST && b.subEventType() == SubEventType.ARRESTS
        && protestersHeld) {
      type = SubEventType.PROTEST_WITH_INTERVENTION;
    }
    if (riot && Kinds.severity(type) < Kinds.severity(SubEventType.VIOLENT_DEMONSTRATION)) {
      type = SubEventType.VIOLENT_DEMONSTRATION;
    }
    // "Police opened fire on protesters. Two people were killed": force that kills is excessive,
    // as is the state's firing that kills at a protest.
    boolean fired = (b.subEventType() == SubEventType.ATTACK
        || b.subEventType() == SubEventType.ARMED_CLASH) && type == SubEventType.PEACEFUL_PROTEST
        && b.actor1().map(x -> x.inter() == 1).orElse(false);
    if ((type == SubEventType.PROTEST_WITH_INTERVENTION || fired)
        && Math.max(a.fatalities(), b.fatalities()) > 0) {
      type = SubEventType.EXCESSIVE_FORCE;
    } else if (fired) {
      type = SubEventType.PROTEST_WITH_INTERVENTION;
    }
    return type;
  }

  /**
   * "Rebels shelled army positions ... clashes between the two sides followed": a shelling the
   * side struck fought back is a battle. ACLED keeps the shelling's type for fire from afar that
   * the side struck does not answer, and for fire on civilians.
   */
  private static boolean answeredOnTheGround(Event shelling, Event fight) {
    return shelling.subEventType() == SubEventType.SHELLING_ARTILLERY_MISSILE
        && fight.subEventType() == SubEventType.ARMED_CLASH
        && shelling.actor2().map(x -> x.inter() == 1 || x.inter() == 8 || Sides.armedGroup(x))
            .orElse(false)
        && fight.evidence().stream().anyMatch(v -> v.field().equals("trigger")
            && (DetailJoins.MUTUAL_FIGHT.matcher(v.text()).matches()
                || BATTLE.matcher(v.text()).matches()));
  }

  /**
   * "A gun battle followed": a fight both sides took part in. Not among the words of a fight in a
   * demonstration, where "measures to battle the virus" would read as one; beside a shelling of
   * armed men it is their fight.
   */
  private static final java.util.regex.Pattern BATTLE = java.util.regex.Pattern.compile(
      "(?i)battl\\w*|(gun|fire)fights?");

  /**
   * "Students blocked the highway ... police detained 15 students": the two sides are told with
   * one noun, so the people held are those who protested.
   */
  private static boolean sameHeadWord(Event a, String fieldA, Event b, String fieldB) {
    return Sides.anyPair(a, fieldA, b, fieldB, (x, y) ->
        lastWord(x.text()).equals(lastWord(y.text())) && !lastWord(x.text()).isEmpty());
  }

  private static String lastWord(String text) {
    String[] words = text.strip().toLowerCase(java.util.Locale.ROOT).split("\\s+");
    return words[words.length - 1];
  }
}
