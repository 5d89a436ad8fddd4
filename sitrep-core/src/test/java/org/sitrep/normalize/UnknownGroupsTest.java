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

  private static final java.util.function.Function<String, Optional<String>> NO_COUNTRY =
      w -> w.equals("Kenya") ? Optional.of("KEN") : Optional.empty();
  private static final java.util.function.Function<String, Optional<String>> NAME_OF =
      c -> c.equals("KEN") ? Optional.of("Kenya") : Optional.empty();

  private static Optional<Actor> people(String phrase, boolean fight) {
    return UnknownGroups.people(phrase, fight, Optional.of("KEN"), NO_COUNTRY, NAME_OF);
  }

  @Test
  void aPeoplesMilitiaTheTablesDoNotListIsNamedByTheCodebooksConvention() {
    Actor a = people("Marakwet militiamen", false).orElseThrow();
    assertEquals("Marakwet Ethnic Militia (Kenya)", a.name());
    assertEquals(4, a.inter());
    assertEquals("KENUAF", a.cameo());
    assertEquals("Degodia Clan Militia (Kenya)",
        people("the Degodia clan militia", false).orElseThrow().name());
    assertEquals("Degodia Clan Militia (Kenya)",
        people("armed Degodia clansmen", false).orElseThrow().name());
    assertEquals("Marakwet Ethnic Militia (Kenya)",
        people("armed Marakwet youths", false).orElseThrow().name());
    assertEquals("Marakwet Tribal Militia (Kenya)",
        people("Marakwet tribesmen", false).orElseThrow().name());
    // Plain words for a people's men or its community make a militia only when armed or when
    // the act is a fight between two peoples.
    assertTrue(people("Marakwet youths", false).isEmpty());
    assertTrue(people("the Marakwet community", false).isEmpty());
    assertEquals("Marakwet Ethnic Militia (Kenya)",
        people("Marakwet communities", true).orElseThrow().name());
  }

  @Test
  void creedsCountriesAndWordsThatOpenASentenceAreNoPeople() {
    for (String phrase : List.of("Christian militias", "Islamist militiamen", "Kenyan militias",
        "Kenya militia", "Several militiamen", "Suspected militiamen", "Pro-government militias",
        "Two clans", "Rival clansmen", "Local militias")) {
      assertTrue(people(phrase, true).isEmpty(), phrase);
    }
    assertTrue(UnknownGroups.people("Marakwet militiamen", false, Optional.empty(), NO_COUNTRY,
        NAME_OF).isEmpty(), "no story country, no country to name the militia by");
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
