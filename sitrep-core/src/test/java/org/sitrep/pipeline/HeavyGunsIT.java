package org.sitrep.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.SubEventType;

/**
 * Issue #9: heavy machine guns, anti-aircraft guns and recoilless rifles are heavy weapons, fired
 * from a distance as artillery is; fired one way at positions they are shelling, as mortars are.
 * Machine guns and small arms beside them still make a fight. Each on a report written here.
 */
class HeavyGunsIT {
  private static SubEventType onlyType(String text) {
    return SharedPipeline.only(text, "2024-06-05").subEventType();
  }

  @Test
  void heavyGunsFiredAtPositionsAreShelling() {
    for (String text : List.of(
        "On 3 June 2024, rebel forces fired grenade launchers and heavy machine guns at army"
            + " positions near Kadugli.",
        "On 3 June 2024, soldiers fired anti-aircraft guns at rebel positions near Kadugli.")) {
      assertEquals(SubEventType.SHELLING_ARTILLERY_MISSILE, onlyType(text), text);
    }
  }

  @Test
  void machineGunsAndSmallArmsStillMakeAFight() {
    for (String text : List.of(
        "On 3 June 2024, gunmen fired machine guns at a police checkpoint near Kidal.",
        "On 3 June 2024, militants fired mortars and small arms at a base near Kidal.")) {
      assertEquals(SubEventType.ARMED_CLASH, onlyType(text), text);
    }
  }
}
