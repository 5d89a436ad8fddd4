package org.sitrep.normalize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Actor;

class UnknownGroupsTest {
  @Test
  void aGroupsOwnNameIsARebelGroupOfTheStorysCountry() {
    Actor a = UnknownGroups.named("the Red Hand Brigade", Optional.of("KEN")).orElseThrow();
    assertEquals("Red Hand Brigade", a.name());
    assertEquals(2, a.inter());
    assertEquals("KENREB", a.cameo());
    // Words news puts before a name describe the group; they are not part of it.
    assertEquals("Makran Freedom Front", UnknownGroups.named("The separatist Makran Freedom Front",
        Optional.empty()).orElseThrow().name());
    assertEquals("Lake Shore Brigade", UnknownGroups.named("a little-known Lake Shore Brigade",
        Optional.empty()).orElseThrow().name());
  }

  @Test
  void theStatesForcesAndItsUnitsAreNoGroupOfTheirOwn() {
    for (String phrase : List.of("the National Guard", "Govt Army", "Government Army",
        "the 5th Mechanised Brigade", "the Northern Armoured Division", "the Army")) {
      assertTrue(UnknownGroups.named(phrase, Optional.empty()).isEmpty(), phrase);
    }
  }

  @Test
  void namesOfArmedGroupsAreFoundInASentenceOutsideTheTablesMatches() {
    String s = "The separatist Makran Freedom Front and the Kenya Army said it planted the device.";
    int known = s.indexOf("Kenya Army");
    List<UnknownGroups.Found> found = UnknownGroups.namedIn(s,
        k -> k >= known && k < known + "Kenya Army".length(), Optional.empty());
    assertEquals(1, found.size());
    assertEquals("Makran Freedom Front", s.substring(found.get(0).start(), found.get(0).end()));
    assertEquals("Makran Freedom Front", found.get(0).group().name());
    // An agency or a firm is named with "Organization" or "Group" as often as a group is.
    assertTrue(UnknownGroups.namedIn("The Regional Health Organization said it would send"
        + " doctors.", k -> false, Optional.empty()).isEmpty());
    assertTrue(UnknownGroups.namedIn("The Lakeside Holding Group said it lost money.",
        k -> false, Optional.empty()).isEmpty());
  }
}
