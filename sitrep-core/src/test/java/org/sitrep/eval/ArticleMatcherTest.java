package org.sitrep.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sitrep.eval.ArticleFixtures.gold;
import static org.sitrep.eval.ArticleFixtures.readFrom;
import static org.sitrep.eval.ArticleFixtures.system;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.eval.ArticleMatcher.Pair;

/**
 * The pairing rules of score.py on hand-made events in the invented Xland. One degree of latitude
 * is 111.2 km on score.py's sphere; the gold clash is at Ytown (36.0, 66.8).
 */
class ArticleMatcherTest {
  private final ArticleMatcher evidenceAware = new ArticleMatcher(true);
  private final ArticleMatcher plain = new ArticleMatcher(false);

  private boolean pairs(SystemEvent s, ArticleGoldEvent g) {
    return evidenceAware.match(List.of(s), List.of(g)).size() == 1;
  }

  @Test
  void aDateWithinTheGoldWindowPairs() {
    ArticleGoldEvent g = gold("{\"date_window_days\": 1}");
    assertTrue(pairs(system("{\"event_date\": \"2024-03-11\"}"), g));
    assertTrue(pairs(system("{\"event_date\": \"2024-03-09\"}"), g));
    assertFalse(pairs(system("{\"event_date\": \"2024-03-12\"}"), g));
    assertFalse(pairs(system("{\"event_date\": \"2024-03-11\"}"), gold()));
  }

  @Test
  void anUndatedEventPairsOnlyWithUndatedGold() {
    assertFalse(pairs(system("{\"event_date\": null}"), gold()));
    assertTrue(pairs(system("{\"event_date\": null}"), gold("{\"event_date\": null}")));
    assertFalse(pairs(system(), gold("{\"event_date\": null}")));
  }

  @Test
  void anyPlaceWithin50KmPairsAndAFartherOneDoesNot() {
    String elsewhere = "\"location\": \"Zvillage\", \"admin1\": \"South\"";
    assertTrue(pairs(system("{" + elsewhere + ", \"latitude\": 36.36}"), gold())); // 40 km
    assertFalse(pairs(system("{" + elsewhere + ", \"latitude\": 36.54}"), gold())); // 60 km
    assertFalse(pairs(system("{" + elsewhere + ", \"latitude\": null}"), gold()));
  }

  @Test
  void aPlaceNamedByTheGoldPairsAtAnyDistanceInTheSameCountry() {
    ArticleGoldEvent g = gold("{\"alt_locations\": [\"al qasr\"]}");
    // Wrong coordinates, 444 km off, but the name is one the coder gave (accents and dashes fold).
    assertTrue(pairs(system("{\"location\": \"Al-Qaṣr\", \"latitude\": 40.0}"), g));
    assertTrue(pairs(system("{\"location\": \"ytown\", \"latitude\": 40.0}"), g));
    assertTrue(pairs(system("{\"location\": \"Zvillage\", \"latitude\": 40.0}"), g)); // admin1
    assertFalse(
        pairs(
            system("{\"location\": \"Al Qasr\", \"latitude\": 40.0, \"country\": \"Wland\"}"), g));
    assertFalse(
        pairs(
            system("{\"location\": \"Zvillage\", \"admin1\": \"South\", \"latitude\": 40.0}"), g));
  }

  @Test
  void countryLevelGoldTakesAnyPlaceInItsCountry() {
    ArticleGoldEvent g =
        gold(
            "{\"geo_level\": \"country\", \"location\": \"Turkey\", \"country\": \"Turkey\","
                + " \"latitude\": 39.0, \"longitude\": 35.0}");
    SystemEvent far = system("{\"country\": \"Türkiye\", \"latitude\": 41.0, \"longitude\": 29.0}");
    assertTrue(pairs(far, g));
    assertTrue(FieldScores.of(far, g).location25km());
    assertTrue(FieldScores.of(far, g).country());
    assertFalse(
        pairs(system("{\"country\": \"Syria\", \"latitude\": 39.0, \"longitude\": 35.0}"), g));
  }

  @Test
  void optionalGoldTakesOnlyAnEventOfItsTypeOrItsSentence() {
    ArticleGoldEvent march =
        gold(
            "{\"optional\": true, \"event_type\": \"Protests\", \"sub_event_type\":"
                + " \"Peaceful protest\", \"evidence\": \"Hundreds marched through Ytown.\"}");
    assertFalse(pairs(readFrom("A rocket hit Ytown.", "{}"), march));
    assertTrue(pairs(readFrom("A rocket hit Ytown.", "{\"event_type\": \"Protests\"}"), march));
    SystemEvent fromItsSentence = readFrom("Hundreds marched through Ytown.", "{}");
    assertTrue(pairs(fromItsSentence, march));
    assertEquals(0, plain.match(List.of(fromItsSentence), List.of(march)).size());
  }

  @Test
  void evidenceAwareMatchingRefusesAnEventReadFromAnotherGoldEventsSentence() {
    ArticleGoldEvent abduction =
        gold(
            "{\"event_date\": \"2024-03-01\", \"event_type\": \"Violence against civilians\","
                + " \"sub_event_type\": \"Abduction/forced disappearance\","
                + " \"evidence\": \"Gunmen seized two teachers outside Ytown.\"}");
    ArticleGoldEvent clash = gold();
    // The clash's type, place and day, but read from the abduction's sentence.
    SystemEvent s = readFrom("Gunmen seized two teachers outside Ytown last week.", "{}");
    assertEquals(List.of(), evidenceAware.match(List.of(s), List.of(abduction, clash)));
    assertEquals(List.of(new Pair(0, 1)), plain.match(List.of(s), List.of(abduction, clash)));
  }

  @Test
  void theBestPairIsTakenFirstAndEachEventOnce() {
    SystemEvent protestHere = system("{\"event_type\": \"Protests\"}");
    SystemEvent clashNearby = system("{\"location\": \"Zvillage\", \"latitude\": 36.18}"); // 20 km
    SystemEvent clashHere = system();
    assertEquals(
        List.of(new Pair(1, 0)),
        evidenceAware.match(List.of(protestHere, clashNearby), List.of(gold())));
    assertEquals(
        List.of(new Pair(1, 0)),
        evidenceAware.match(List.of(clashNearby, clashHere), List.of(gold())));
    // Equal keys: the first system event wins, as in a stable sort.
    assertEquals(
        List.of(new Pair(0, 0)),
        evidenceAware.match(List.of(clashHere, clashHere), List.of(gold())));
  }

  @Test
  void theSidesOfABattleMayBeReadSwapped() {
    SystemEvent swapped =
        system(
            "{\"actor1\": \"Military Forces of Xland (2010-)\", \"actor2\": \"Northern Front\"}");
    FieldScores battle = FieldScores.of(swapped, gold());
    assertTrue(battle.actor1() && battle.actor2());

    String attack =
        "\"event_type\": \"Violence against civilians\", \"sub_event_type\": \"Attack\","
            + " \"actor2\": [\"military forces of xland\"]";
    FieldScores oneWay = FieldScores.of(swapped, gold("{" + attack + "}"));
    assertFalse(oneWay.actor1() || oneWay.actor2());
    FieldScores allowed = FieldScores.of(swapped, gold("{" + attack + ", \"swap_ok\": true}"));
    assertTrue(allowed.actor1() && allowed.actor2());
  }

  @Test
  void roleWordsMustBeInBothNamesOrInNeither() {
    assertFalse(ActorMatch.aliasMatch("Civilians (Xland)", List.of("xland")));
    assertFalse(ActorMatch.aliasMatch("Xland", List.of("civilians (xland)")));
    assertFalse(ActorMatch.aliasMatch("Rioters (Xland)", List.of("protesters (xland)")));
    assertTrue(ActorMatch.aliasMatch("Protesters (Xland)", List.of("protesters")));
    assertTrue(ActorMatch.aliasMatch("Civilians (Xland)", List.of("civilians (xland)")));
    assertTrue(ActorMatch.aliasMatch("Rioters (Xland)", List.of("rioters", "xland")));
  }

  @Test
  void namesMatchWhenOneHoldsTheOtherOnWordBoundaries() {
    assertTrue(
        ActorMatch.aliasMatch(
            "Military Forces of Xland (2010-)", List.of("xland army", "military forces of xland")));
    assertTrue(ActorMatch.aliasMatch("Front", List.of("northern front")));
    assertFalse(ActorMatch.aliasMatch("Northern Fronts", List.of("northern front")));
    assertFalse(ActorMatch.aliasMatch("Fr", List.of("fr"))); // under 3 letters: no name
  }

  @Test
  void associatedActorsStandForTheirSide() {
    SystemEvent s =
        system("{\"actor1\": \"Hill Militia\", \"assoc_actor_1\": \"Kin Group; Northern Front\"}");
    assertTrue(FieldScores.of(s, gold()).actor1());
  }

  @Test
  void noActor2IsRightOnlyWhenTheGoldMayHaveNone() {
    SystemEvent alone = system("{\"actor2\": null}");
    assertFalse(FieldScores.of(alone, gold()).actor2());
    assertTrue(FieldScores.of(alone, gold("{\"actor2_may_be_empty\": true}")).actor2());
    assertTrue(FieldScores.of(alone, gold("{\"actor2\": []}")).actor2());
    assertFalse(FieldScores.of(system(), gold("{\"actor2\": []}")).actor2());
  }

  @Test
  void theOtherFieldsFollowTheCodersLeeway() {
    ArticleGoldEvent g =
        gold(
            "{\"date_window_days\": 2, \"fatalities\": 3, \"fatalities_alt\": [4], \"alt_types\":"
                + " [[\"Explosions/Remote violence\", \"Shelling/artillery/missile attack\"]]}");
    SystemEvent s =
        system(
            "{\"event_date\": \"2024-03-11\", \"fatalities\": 4, \"latitude\": 36.27,"
                + " \"event_type\": \"Explosions/Remote violence\", \"sub_event_type\":"
                + " \"Shelling/artillery/missile attack\"}");
    FieldScores f = FieldScores.of(s, g);
    assertTrue(f.eventType() && f.subEventType() && f.fatalities() && f.country());
    assertFalse(f.eventDate()); // within the window, but not the day
    assertFalse(f.location25km()); // 30 km
    assertTrue(FieldScores.of(system("{\"latitude\": 36.18}"), g).location25km()); // 20 km
    assertFalse(
        FieldScores.of(system("{\"sub_event_type\": \"Shelling/artillery/missile attack\"}"), g)
            .subEventType());
  }
}
