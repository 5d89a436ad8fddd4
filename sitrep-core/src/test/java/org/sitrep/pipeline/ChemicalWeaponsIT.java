package org.sitrep.pipeline;

import org.junit.jupiter.api.Test;
import org.sitrep.model.SubEventType;

/**
 * Issue #9: an act of force done with a chemical agent is a chemical weapon, whatever delivered
 * it, even when the agent hangs on another verb ("used chlorine gas in an attack") or on the
 * munition ("mortar rounds filled with a toxic gas"). Tear gas is the police's; an agent that
 * dates the act by an earlier one, or a charge laid against a side, leaves the act as it is.
 * Each on a report written here.
 */
class ChemicalWeaponsIT {
  private static final String PUBLISHED = "2023-05-08";

  @Test
  void anActDoneWithAChemicalAgentIsAChemicalWeapon() {
    SharedPipeline.eachTyped(SubEventType.CHEMICAL_WEAPON, PUBLISHED,
        "Medics said rebels used chlorine gas in an attack on army positions near Saraqib on"
            + " Tuesday, leaving 20 soldiers with breathing problems.",
        "Militants fired mortar rounds filled with a toxic gas at the village of Kafr Nubl on"
            + " Monday, wounding eleven people, a monitoring group said.",
        "Government helicopters dropped barrel bombs loaded with chlorine cylinders on Kafr Zita"
            + " on Sunday, killing three civilians, rescuers said.");
  }

  @Test
  void tearGasAnEarlierAttackOrAChargeIsNoChemicalWeapon() {
    SharedPipeline.eachTyped(SubEventType.PROTEST_WITH_INTERVENTION, PUBLISHED,
        "Police fired tear gas and rubber bullets at protesters in Nairobi on Tuesday.");
    SharedPipeline.eachTyped(SubEventType.SHELLING_ARTILLERY_MISSILE, PUBLISHED,
        "Troops shelled rebel positions near Khan Sheikhoun on Monday, five years after the sarin"
            + " attack on the town.",
        "Government forces, long accused of using chemical weapons, shelled rebel positions near"
            + " Douma on Monday, killing four fighters.");
  }
}
