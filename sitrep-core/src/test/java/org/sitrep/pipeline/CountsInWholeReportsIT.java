package org.sitrep.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.sitrep.model.Event;
import org.junit.jupiter.api.Test;

/**
 * Issue #6: numbers a report gives beside a count are not the count: the ages of the dead, the
 * dead of a whole year the report ranks, the arms seized, a party's claim beside a figure. Each
 * on a report written here.
 */
class CountsInWholeReportsIT {
  private static final String PUBLISHED = "2025-06-10";

  @Test
  void theAgesOfTheDeadAreNoCount() {
    Event e = SharedPipeline.only("A drone hit a house in Sumy on Monday night. Two people were"
        + " killed, a man and a woman aged 71 and 68.", PUBLISHED);
    assertEquals(2, e.fatalities());
    Event three = SharedPipeline.only("On Monday, gunmen shot dead three farmers, aged 40, 52 and"
        + " 61, near Kitale.", PUBLISHED);
    assertEquals(3, three.fatalities());
  }

  @Test
  void aYearRankedByItsDeadCountsNoOneOfTheEvent() {
    Event e = SharedPipeline.only("Gunmen attacked a police post in Kitui on Sunday, killing two"
        + " officers. 2024 was the deadliest year for the police in a decade, with more than 600"
        + " officers killed.", PUBLISHED);
    assertEquals(2, e.fatalities());
  }

  @Test
  void explosiveBeltsSeizedAreNoCaptives() {
    Event e = SharedPipeline.only("Soldiers raided a militant hideout near Kitgum on Monday,"
        + " killing five militants and seizing four explosive belts.", PUBLISHED);
    assertEquals(5, e.fatalities());
    assertEquals(0, e.captured());
  }

  @Test
  void aPartysClaimOfSoldiersGivesWayToTheReportedDeadOfTheStatesPolice() {
    // The police's dead are told; the group's claim counts soldiers, the same state's forces.
    Event e = SharedPipeline.only("Six police officers were killed when their vehicle struck a"
        + " roadside bomb near Kitui on Monday. Al-Shabaab claimed responsibility, saying it had"
        + " killed 11 Kenyan soldiers.", PUBLISHED);
    assertEquals(6, e.fatalities());
  }

  @Test
  void theDeadOfTheSideThatActedAddToItsToll() {
    // The toll told after borrows the event's sides; its own words say whose dead they are.
    Event raid = SharedPipeline.only("Soldiers killed 17 militants in a raid on a camp near"
        + " Kotido on Sunday, the army said. Three soldiers were also killed in the raid.",
        PUBLISHED);
    assertEquals(20, raid.fatalities(), raid::toString);
    Event ambush = SharedPipeline.only("Gunmen ambushed a police patrol near Kitui on Sunday,"
        + " killing four officers. Six of the gunmen were killed when the police returned fire.",
        PUBLISHED);
    assertEquals(10, ambush.fatalities(), ambush::toString);
    // Told as dead in the exchange of fire, not in the act the army claims: its own side's.
    Event operation = SharedPipeline.only("Security forces killed six militants in an operation"
        + " in Bannu district on Tuesday, the military said. Two soldiers were also killed in the"
        + " exchange of fire.", PUBLISHED);
    assertEquals(8, operation.fatalities(), operation::toString);
    // A toll of every side already counts the soldiers among its dead.
    Event clash = SharedPipeline.only("Clashes between soldiers and militants near Kotido on"
        + " Sunday left 14 people dead. Two soldiers were among the dead.", PUBLISHED);
    assertEquals(14, clash.fatalities(), clash::toString);
  }

  @Test
  void theDeadOfBothSidesToldApartAddUp() {
    // The repelled attack counts no dead of its own; each side's dead are told after it.
    Event e = SharedPipeline.only("Report\n\nTroops fought off an attack by ISWAP fighters on an"
        + " army post in Gwoza on Sunday. Four fighters were killed. One soldier died and two"
        + " others were wounded.", PUBLISHED);
    assertEquals(5, e.fatalities(), e::toString);
    assertEquals(2, e.injured(), e::toString);
  }

  @Test
  void soldiersWhoPaidTheSupremePriceDied() {
    Event e = SharedPipeline.only("Report\n\nTroops fought off an attack by ISWAP fighters on an"
        + " army post in Gwoza on Sunday. Three soldiers paid the supreme price.", PUBLISHED);
    assertEquals(3, e.fatalities(), e::toString);
    // A price paid that is not the supreme one is no death.
    SharedPipeline.noEventIn(PUBLISHED, "Report\n\nTraders in Gwoza paid a heavy price for the"
        + " closure of the border on Sunday.");
  }

  @Test
  void thoseWoundedWhileOthersDiedDidNotWoundThemselves() {
    // The wounded are a passive's subject: the dead of the main clause are no makers of it.
    java.util.List<Event> events = SharedPipeline.extract("Report\n\nGunmen ambushed a police"
        + " patrol near Kitui on Sunday. Two officers died, while three others were wounded.",
        PUBLISHED).events();
    assertEquals(1, events.size(), () -> "events: " + events);
    assertEquals(3, events.get(0).injured(), events::toString);
  }

  /** The dead of the one event a report written here tells. */
  private static int dead(String text, String published) {
    return SharedPipeline.only(text, published).fatalities();
  }

  @Test
  void theDeadOfTheSecondActAreTheAttributionsMisreadSubjectNotTheFirstActsObject() {
    // The parser made "residents" the subject of "reported"; the shared object of "set" is fire.
    assertEquals(5, dead("Gang members set fire to dozens of homes in Kenscoff on Monday and"
        + " killed at least five residents, including a child, local radio reported.",
        "2024-05-08"));
  }

  @Test
  void soldiersMartyredAreDead() {
    assertEquals(10, dead("BLA militants stormed a police station in Gwadar on Wednesday. All"
        + " eight attackers were killed, the military said. Two soldiers were also martyred.",
        "2024-05-09"));
  }

  @Test
  void aTollToldBeforeTheActCountsItsDeadWhenTheHurtItTellsJoinedTheAct() {
    // "more injured died" opened the record the act told after the toll joined.
    assertEquals(42, dead("The death toll from Thursday's attack on a passenger convoy in Kurram"
        + " district rose to 42 on Saturday after more injured died in hospital, officials said."
        + " Gunmen had opened fire on the convoy of around 200 vehicles near Parachinar.",
        "2024-05-12"));
  }

  @Test
  void aParticiplesCountIsItsOwnNotTheObjectOfTheVerbItIsJoinedTo() {
    // The parser joined "wounding" to "ambushed" and hung "five" on "said".
    Event e = SharedPipeline.only("Gunmen ambushed an army patrol near Fresnillo on Thursday,"
        + " killing two soldiers and wounding five, the Defense Ministry said in a statement.",
        "2024-05-10");
    assertEquals(2, e.fatalities());
    assertEquals(5, e.injured());
  }

  @Test
  void aSecondGroupTheParserJoinedToTheVerbStillAddsToTheDead() {
    // "daughters" was parsed as the subject of "said", not as joined to "farmer".
    Event e = SharedPipeline.only("A helicopter bombed a village near Maarat al-Numan on Friday,"
        + " killing a farmer and his two daughters, a local council said.", PUBLISHED);
    assertEquals(3, e.fatalities());
  }
}
