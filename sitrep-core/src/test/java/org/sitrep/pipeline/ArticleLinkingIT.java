package org.sitrep.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Event;

/**
 * Issue #6: one record per event in a whole article. Each case is a short article written here: an
 * attack told over several sentences, the dead of each side told apart, references to an event
 * the article never tells.
 */
class ArticleLinkingIT {
  private static Event only(ExtractionResult r) {
    assertEquals(1, r.events().size(), () -> "events: " + r.events() + "\nrejections: " + r.rejections());
    return r.events().get(0);
  }

  @Test
  void anAttackToldOverSeveralSentencesIsOneEvent() {
    Event e = only(SharedPipeline.extract("Gunmen attacked a village in Tudun Wada district of Kano state on "
        + "Sunday, killing eight people. The attackers arrived on motorcycles and opened fire on residents at a "
        + "market, a police spokesman said. Five other people were wounded. Police said a probe into the attack "
        + "had been opened. The governor condemned the killings.", "2024-05-07"));
    assertEquals(8, e.fatalities());
    assertEquals(Optional.of(LocalDate.of(2024, 5, 5)), e.eventDate());
    assertTrue(e.evidence().stream().anyMatch(v -> v.field().equals("trigger") && v.note().contains("refers to")),
        () -> "evidence: " + e.evidence());
  }

  @Test
  void theDeadOfEachSideToldInTurnAreAddedUp() {
    Event e = only(SharedPipeline.extract("Taliban fighters attacked an army checkpoint in Arghandab district of "
        + "Kandahar province on Tuesday. They killed six soldiers. Nine attackers were also killed.", "2019-05-08"));
    assertEquals(15, e.fatalities());
  }

  @Test
  void anEventThatOnlyBackgroundMentionsIsNoEvent() {
    ExtractionResult r = SharedPipeline.extract("Security in the capital has been tightened since the attack on "
        + "a hotel. Ministers met on Monday to discuss the budget.", "2024-05-08");
    assertTrue(r.events().isEmpty(), () -> "events: " + r.events());
  }

  @Test
  void anEventThatOnlyAsidesMentionIsNoEvent() {
    ExtractionResult r = SharedPipeline.extract("The president condemned the attack and ordered an inquiry into "
        + "the explosion, his office said.", "2024-05-08");
    assertTrue(r.events().isEmpty(), () -> "events: " + r.events());
  }

  @Test
  void anAsideWithItsOwnPlaceAndDayIsAnEvent() {
    only(SharedPipeline.extract("The president condemned Saturday's bombing of a bus station in Mogadishu.",
        "2024-05-08"));
  }

  @Test
  void aMarchInAnotherTownIsNotTheClashToldBefore() {
    ExtractionResult r = SharedPipeline.extract("Rioters hurled stones at police in Nyeri on"
        + " Friday. Police used tear gas to clear the square. Earlier in the day, a march by"
        + " students in Meru ended without incident, organisers said.", "2024-05-07");
    assertEquals(2, r.events().size(), () -> "events: " + r.events());
  }
}
