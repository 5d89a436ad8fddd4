package org.sitrep.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Event;
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

  @Test
  void riflesFiredAreAFight() {
    // "fired" with only its weapon as object, and the target on another verb, was no act.
    List<Event> events = SharedPipeline.extract("Dissidents fired rifles and launched explosives"
        + " from drones at a police station in Tumaco on Monday night, wounding two officers.",
        "2024-05-08").events();
    assertEquals(1, events.size(), events::toString);
    assertEquals(2, events.get(0).injured(), events::toString);
  }

  @Test
  void shotsIntoTheAirOrWarningShotsAreNoAttack() {
    // "into the air" was read as a strike from the air.
    SharedPipeline.noEventIn("2024-05-08",
        "Militiamen fired shots into the air outside a bar in Bossangoa on Saturday night,"
            + " causing panic.",
        "A guard fired his pistol into the air at a wedding in Ndele on Friday.",
        "Police fired warning shots at a roadblock near Birao on Sunday.");
  }
}
