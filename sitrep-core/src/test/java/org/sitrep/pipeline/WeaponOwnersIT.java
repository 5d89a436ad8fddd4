package org.sitrep.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.sitrep.model.Actor;
import org.sitrep.model.Event;

/**
 * A drone or a missile that a people's adjective or a group's name marks ("a Georgian drone", "a
 * Russian missile") is that side's: the act is its forces', though no one is named as the maker.
 * Each on a report written here.
 */
class WeaponOwnersIT {
  private static Event only(String text) {
    return SharedPipeline.only(text, "2024-10-09");
  }

  private static Actor maker(Event e) {
    return e.actor1().orElseThrow(() -> new AssertionError("no actor1: " + e));
  }

  @Test
  void aDroneMarkedByAPeoplesAdjectiveIsItsStatesForces() {
    Actor ukraine = maker(only("A Ukrainian drone hit a fuel depot in Belgorod on Monday, the"
        + " regional governor said."));
    assertEquals("UKR", ukraine.iso3());
    assertEquals(8, ukraine.inter(), "a foreign state's forces are external forces");
    Actor israel = maker(only("An Israeli drone struck a motorcycle in Bint Jbeil on Monday,"
        + " killing its rider."));
    assertEquals("ISR", israel.iso3());
  }

  @Test
  void aMissileMarkedByAPeoplesAdjectiveIsItsStatesForces() {
    Actor russia = maker(only("A Russian missile struck a school in Kharkiv on Monday, killing"
        + " three people, officials said."));
    assertEquals("RUS", russia.iso3());
    assertEquals(8, russia.inter());
  }

  @Test
  void shellingMarkedByAPeoplesAdjectiveIsItsStatesForces() {
    // The tagger reads "shelling" after "Georgian" as a verb; it heads the subject.
    Event e = only("Georgian shelling hit a camp near Tskhinvali on Monday, killing four"
        + " civilians.");
    assertEquals("GEO", maker(e).iso3());
    assertEquals("Civilians", e.actor2().orElseThrow().name().split(" \\(")[0]);
  }

  @Test
  void aCountrysNameBeforeTheActInItsPhraseIsThatStatesForces() {
    // The tagger reads "drone" after "U.S." as a verb; it is a noun of the strike's phrase.
    Actor us = maker(only("A suspected U.S. drone strike hit a car near Jilib on Thursday,"
        + " killing two militants."));
    assertEquals("USA", us.iso3());
    assertEquals(8, us.inter());
    // A place a headline names the act by is where it was, not who made it.
    Event e = only("Gunmen kill 12 soldiers in Somalia ambush\n\nGunmen ambushed an army convoy"
        + " near Jilib on Tuesday, killing 12 soldiers.");
    assertEquals(3, maker(e).inter());
  }

  @Test
  void militaryBeforeTheActIsTheCountrysArmy() {
    Actor army = maker(only("A military air strike hit a market in Monywa on Monday, killing"
        + " nine people."));
    assertEquals("MMR", army.iso3());
    assertEquals(1, army.inter());
  }

  /** "A Russian drone strike on Sumy": the tagger's verb "drone" before a preposition. */
  @Test
  void aDroneStrikeOnAPlaceIsItsStatesForces() {
    Actor russia = maker(only("A Russian drone strike on Sumy on Monday killed two people,"
        + " officials said."));
    assertEquals("RUS", russia.iso3());
  }

  /** Government helicopters are the state's, as its warplanes are. */
  @Test
  void governmentAircraftAreTheStatesForces() {
    Actor sudan = maker(only("Government helicopters dropped barrel bombs on a village near Sennar"
        + " on Monday, killing five people."));
    assertEquals(1, sudan.inter(), sudan::toString);
    assertEquals("SDN", sudan.iso3());
  }

  @Test
  void itsAircraftAreTheForcesOfWhoeverSaysSo() {
    Actor army = maker(only("The army said its helicopters had attacked a rebel camp near Kitgum"
        + " on Friday."));
    assertEquals("UGA", army.iso3());
    assertEquals(1, army.inter());
    // A state that tells of its forces' acts speaks for its army.
    Actor ukraine = maker(only("Ukraine said on Friday its drones had struck a fuel depot in the"
        + " Russian city of Bryansk overnight."));
    assertEquals("UKR", ukraine.iso3());
  }
}
