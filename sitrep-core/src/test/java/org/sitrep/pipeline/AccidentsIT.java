package org.sitrep.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Event;
import org.sitrep.model.SubEventType;

/**
 * Deaths in industrial and household accidents are no event, however the sentence ties the dead
 * to the mishap; a device someone set off, told in the same shapes, stays an event.
 */
class AccidentsIT {
  private static List<Event> events(String text) {
    return SharedPipeline.extract(text, "2024-09-18").events();
  }

  @Test
  void deathsInABurstOrALeakAreNoEvent() {
    for (String text : List.of(
        "Four workers died when a boiler exploded at a sugar factory in Nakuru on Tuesday.",
        "Seven miners were killed in a methane explosion at a colliery near Tete on Tuesday.",
        "Six miners were killed in a methane blast at a coal pit near Tete on Tuesday.",
        "A chemical leak at a fertiliser plant in Nakuru killed three workers on Tuesday.",
        "Two men were injured when a furnace blew up at a steel works in Nakuru on Tuesday.",
        "An ammonia spill at a cold store in Nakuru injured nine people on Tuesday.",
        // The works where it burst say what burst.
        "An explosion at a fireworks factory in Nakuru killed eight workers on Tuesday.",
        "A blast at a gas plant near Tete killed three workers on Tuesday.",
        // A vehicle that crashes and bursts, when nothing in the sentence is a device.
        "A lorry carrying petrol overturned and exploded near Tete on Tuesday, killing four.",
        "A minibus collided with a bus and exploded near Tete on Tuesday, killing four people.")) {
      List<Event> found = events(text);
      assertTrue(found.isEmpty(), () -> text + " -> " + found);
    }
  }

  @Test
  void devicesSetOffInTheSameShapesStayEvents() {
    assertType(SubEventType.REMOTE_EXPLOSIVE, "Four soldiers died when a roadside bomb exploded"
        + " beside their patrol near Tete on Tuesday.");
    assertType(SubEventType.REMOTE_EXPLOSIVE, "Seven people were killed in a bomb blast at a bus"
        + " station in Tete on Tuesday.");
    assertType(SubEventType.GRENADE, "Two traders were injured when a grenade exploded at a"
        + " market in Tete on Tuesday.");
    assertType(SubEventType.REMOTE_EXPLOSIVE, "A bomb explosion at a gas station in Tete killed"
        + " eight people on Tuesday.");
    assertType(SubEventType.REMOTE_EXPLOSIVE, "A car laden with explosives crashed into the gate"
        + " of an army base near Tete and exploded on Tuesday, killing four soldiers.");
  }

  private static void assertType(SubEventType type, String text) {
    List<Event> found = events(text);
    assertEquals(1, found.size(), () -> text + " -> " + found);
    assertEquals(type, found.get(0).subEventType(), text);
  }
}
