package org.sitrep.normalize;

import java.util.Optional;
import org.sitrep.model.Evidence;
import org.sitrep.model.Mention;
import org.sitrep.model.SubEventType;

/**
 * Who is coded as an act's maker when its words name no one the tables know: the state force
 * that told of its own strike, or an unidentified armed group under the name the text gave it.
 * {@link EventSides} asks these once the named sides are read.
 */
final class UnnamedMakers {
  private UnnamedMakers() {}

  /**
   * "Niger's army said a drone strike had killed 30 Islamic State fighters", "the army said a
   * counter-offensive had neutralised about 30 terrorists": a strike or a fight against an armed
   * group, told by a state's forces with no maker named, is those forces' own. (On anyone else,
   * or told by anyone else, it stays an unidentified group's.)
   */
  static Optional<EventSides.Sides> strikeOnTheEnemy(EventSides.Sides s, Mention m) {
    boolean onArmedMen = s.actor2().map(r -> r.actor().inter() == 2 || r.actor().inter() == 3)
        .orElse(false);
    // A name no table knows is an unidentified group's; "a counter-offensive" names no one.
    boolean named = m.actor1().filter(p -> PROPER_NAME.matcher(p.text()).find()).isPresent();
    // "All eight attackers were killed, the army said": a toll in the passive tells whose dead
    // they were, not who killed them; only an operation named as the doer ("a counter-offensive
    // neutralised 30") makes the killing the teller's.
    boolean tollOnly = m.subEventType() == SubEventType.ATTACK && m.actor1().isEmpty();
    if (!onArmedMen || named || tollOnly || !OWN_ACTS.contains(m.subEventType())) {
      return Optional.empty();
    }
    return s.speaker().filter(n -> EventTyping.stateForce(n.value()))
        .map(n -> s.madeBy(new ActorResolver.Resolved(n.value(), n.evidence().withNote(
            Mention.NO_MAKER_NAMED + ": the state force that told of its strike on armed men"))));
  }

  /**
   * The acts a state's forces tell of as their own when they name no maker: an attack on armed
   * men that an operation made ("a counter-offensive neutralised 30 terrorists") is a fight.
   */
  private static final java.util.Set<SubEventType> OWN_ACTS = java.util.EnumSet.of(
      SubEventType.AIR_DRONE_STRIKE, SubEventType.ARMED_CLASH, SubEventType.ATTACK,
      SubEventType.SHELLING_ARTILLERY_MISSILE);

  /**
   * The words for an actor coded as unidentified: a name the dictionary does not know ("the Red
   * Hand Brigade"), said to be one, or else the act itself.
   */
  static Evidence unknownName(Mention m) {
    return m.actor1().filter(p -> PROPER_NAME.matcher(p.text()).find())
        .map(p -> new Evidence(p.field(), p.text(), p.start(), p.end(),
            "a name the actor dictionary does not know"))
        .orElse(m.trigger().withNote(Mention.NO_MAKER_NAMED
            + ": an unidentified armed group, by ACLED's convention"));
  }

  /** A capitalised word after the first: "the IRA's Belfast brigade", "The Red Hand Brigade". */
  private static final java.util.regex.Pattern PROPER_NAME =
      java.util.regex.Pattern.compile("^\\S+.*\\b\\p{Lu}\\p{L}+|^(?!(The|A|An)\\b)\\p{Lu}\\p{L}+\\s+\\p{Lu}");
}
