package org.sitrep.extract;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import org.sitrep.model.SubEventType;

/**
 * Whether a sentence names a chemical agent used as a weapon: "used mustard gas in an attack",
 * "fired mortar rounds containing poisonous gases", "barrel bombs loaded with chlorine". The act's
 * own modifiers ({@link WeaponWords}) miss these, since the agent hangs on another verb or on a
 * clause of the munition; ACLED codes an act of force done with a chemical agent as a chemical
 * weapon, whatever delivered it. Tear gas and pepper spray, how police disperse a crowd, are no
 * agent here, nor a chlorine leak at a plant. The agent must belong to the act: not to an earlier
 * one the sentence dates it by ("five years after the sarin attack") nor to a charge laid
 * against a side ("forces accused of using chemical weapons shelled ...").
 */
final class ChemicalAgents {
  private ChemicalAgents() {}

  private static final Set<String> AGENTS = Set.of("sarin", "chlorine", "phosgene", "vx");
  /** "a chlorine leak", "chlorine tanks at the plant": the industrial sense. */
  private static final Set<String> INDUSTRIAL = Set.of("leak", "leaks", "leaked", "spill",
      "tank", "tanks", "plant", "factory", "dioxide", "supply", "pool");
  private static final Set<String> GAS_KINDS = Set.of("poison", "poisonous", "toxic", "mustard",
      "nerve", "chlorine");
  private static final Set<String> GASES = Set.of("gas", "gases", "agent", "agents");
  private static final Set<String> CHEMICAL_THINGS = Set.of("weapon", "weapons", "munition",
      "munitions", "attack", "attacks", "agent", "agents", "shells", "bombs", "rockets");
  private static final Set<SubEventType> ACTS_OF_FORCE = EnumSet.of(SubEventType.ARMED_CLASH,
      SubEventType.ATTACK, SubEventType.SHELLING_ARTILLERY_MISSILE, SubEventType.AIR_DRONE_STRIKE,
      SubEventType.REMOTE_EXPLOSIVE, SubEventType.GRENADE, SubEventType.MOB_VIOLENCE);

  /** Prepositions that date an act by another: "after the sarin attack". */
  private static final Set<String> OTHER_TIMES = Set.of("after", "before", "since", "following");
  /** Verbs that lay a charge rather than tell an act: "accused of using chemical weapons". */
  private static final Set<String> CHARGES = Set.of("accuse", "blame", "allege", "deny",
      "suspect", "condemn", "investigate", "ban", "prohibit", "destroy", "dismantle");

  /**
   * A chemical weapon where an act of force, the trigger {@code act}, is done with a chemical
   * agent the sentence names; else the type.
   */
  static SubEventType refine(SentenceGraph g, int act, SubEventType type) {
    return ACTS_OF_FORCE.contains(type) && withAnAgent(g, act) ? SubEventType.CHEMICAL_WEAPON
        : type;
  }

  static boolean withAnAgent(SentenceGraph g, int act) {
    for (int i = 0; i < g.size(); i++) {
      String word = word(g, i);
      String next = i + 1 < g.size() ? word(g, i + 1) : "";
      String before = i > 0 ? word(g, i - 1) : "";
      boolean agent = AGENTS.contains(word) && !INDUSTRIAL.contains(next)
          || GASES.contains(word) && GAS_KINDS.contains(before)
          || word.equals("chemical") && CHEMICAL_THINGS.contains(next);
      if (agent && belongsTo(g, i, act)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the agent at {@code agent} hangs under the act or under the verb the act's noun hangs
   * on ("used chlorine gas in an attack"), passing no other time and no charge on the way.
   */
  private static boolean belongsTo(SentenceGraph g, int agent, int act) {
    int verb = g.head(act);
    for (int t = agent, guard = 0; t >= 0 && guard <= g.size(); t = g.head(t), guard++) {
      if (t == act || t == verb && g.token(act).pos().startsWith("NN")) {
        return true;
      }
      String lemma = g.token(t).lemma().toLowerCase(Locale.ROOT);
      boolean otherTime = g.exact(t, "case").stream()
          .anyMatch(c -> OTHER_TIMES.contains(word(g, c)));
      if (otherTime || CHARGES.contains(lemma)) {
        return false;
      }
    }
    return false;
  }

  private static String word(SentenceGraph g, int i) {
    return g.token(i).word().toLowerCase(Locale.ROOT);
  }
}
