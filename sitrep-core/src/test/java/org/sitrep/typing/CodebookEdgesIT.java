package org.sitrep.typing;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The shipped typer on edges of ACLED's codebook that the training set had held too narrowly,
 * each answered by a file of the set (training/README.md), on passages written here. Scored, not
 * proven: the misses allowed are named. The passages are in {@code codebook-edges.tsv}; the
 * model shipped before those files typed 18 of its 24 passages, the one trained with them 23.
 * <ul>
 *   <li>Sides, not the telling, type violence: on-duty soldiers and police killed by armed men
 *       are a clash however one-sided the report; off-duty and retired ones are civilians.
 *   <li>Protests told amid an epidemic are protests: the set's epidemics had been almost all
 *       case counts and lockdown orders.
 *   <li>Blasts and leaks with no one behind them are accidents.
 *   <li>Weapons seized by police or found at a checkpoint are disrupted weapons use; talks
 *       between the sides of a conflict are an agreement, talks on trade none.
 *   <li>A crowd that clashes or burns barricades is a violent demonstration even when the
 *       police answer with tear gas.
 * </ul>
 * Four more edges were added with their files on 2026-12-05; of their 28 passages the pair
 * shipped before typed 22, the pair trained with the files 26:
 * <ul>
 *   <li>Fire at the other side's positions with no weapon named is a clash; a shelling names
 *       a heavy weapon.
 *   <li>Ground taken after the other side left, however the taking is worded, is a non-violent
 *       transfer; taken after fighting, it is won.
 *   <li>A riot told from the police's side ("fired tear gas at protesters who hurled stones")
 *       is still a violent demonstration.
 *   <li>A coder's note whose last sentence tells that police dispersed or detained the crowd
 *       is a protest with intervention, however long the peaceful first sentence.
 * </ul>
 * Four more in the fortieth session (2026-12-05). Of their 29 passages the pair shipped before
 * typed 25, and so does the pair trained with their files (the same four misses, allowed below):
 * the files did not move these edges as written here.
 * <ul>
 *   <li>Who takes the ground decides its type, not the verb: troops that "captured" a camp
 *       regain territory, rebels that "recaptured" a town overtake it.
 *   <li>Serious injury, not death alone, makes force on peaceful protesters excessive; minor
 *       injuries or none leave a protest with intervention.
 *   <li>An event told through a reaction to it ("the bishop condemned the killing of three
 *       farmers by gunmen on Sunday") is that event; a reaction with no new event inside is
 *       none.
 *   <li>Exchanges of prisoners or of the dead, releases under a deal and evacuation deals are
 *       agreements; pardons, trade talks and flood evacuations are not.
 * </ul>
 */
class CodebookEdgesIT {
  static SubEventTyper typer;
  static List<String[]> passages;

  @BeforeAll
  static void load() throws IOException {
    typer = AveragedTyper.loadDefault();
    passages = new ArrayList<>();
    try (InputStream in = CodebookEdgesIT.class.getResourceAsStream("codebook-edges.tsv")) {
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (!line.isBlank() && !line.startsWith("#")) {
          passages.add(line.split("\t"));
        }
      }
    }
  }

  /** The passages of one edge the typer types otherwise than labelled, with its three likeliest. */
  private static List<String> misses(String edge) {
    List<String[]> rows = passages.stream().filter(p -> p[0].equals(edge)).toList();
    assertTrue(rows.size() >= 3, edge);
    return TyperMisses.of(typer, rows.stream().map(p -> p[2]).toList(),
        rows.stream().map(p -> TypeLabel.parse(p[1]).orElseThrow()).toList());
  }

  private static void atMost(int allowed, String edge) {
    List<String> misses = misses(edge);
    assertTrue(misses.size() <= allowed, () -> "missed: " + misses);
  }

  @Test
  void sidesNotTheTellingTypeViolence() {
    atMost(1, "sides");
  }

  @Test
  void protestsAmidAnEpidemicAreProtests() {
    atMost(1, "epidemics");
  }

  @Test
  void blastsWithNoOneBehindThemAreAccidents() {
    atMost(0, "accidents");
  }

  @Test
  void seizuresAndTalksAreStrategicDevelopments() {
    // One miss allowed: talks named by a delegation and a group's acronym alone.
    atMost(1, "seizures-and-talks");
  }

  @Test
  void aCrowdThatClashesIsViolentWhateverThePoliceDo() {
    atMost(0, "crowds");
  }

  @Test
  void fireWithNoWeaponNamedIsAClash() {
    atMost(0, "unnamed-weapons");
  }

  @Test
  void groundLeftBehindChangesHandsWithoutFighting() {
    // Two misses allowed, as the pair before: a withdrawal only announced, which it reads as
    // done, and a crossing seized "unopposed", which it reads as won.
    atMost(2, "handovers");
  }

  @Test
  void aRiotToldFromThePolicesSideIsStillARiot() {
    atMost(0, "police-told");
  }

  @Test
  void whatThePoliceDidLastDecidesTheProtest() {
    atMost(0, "responses");
  }

  @Test
  void whoTakesTheGroundDecidesNotTheVerb() {
    // Two misses allowed: the losing side named first ("militants lost control of the town to
    // the army") and state forces named first as those driven out, each read by who is named.
    atMost(2, "taking-verbs");
  }

  @Test
  void seriousInjuryMakesForceOnProtestersExcessive() {
    // One miss allowed: marchers clubbed while sitting down peacefully, read as peaceful.
    atMost(1, "protest-injuries");
  }

  @Test
  void anEventToldThroughAReactionIsThatEvent() {
    // One miss allowed: an arrest told as what a union condemned, read as no event.
    atMost(1, "reactions");
  }

  @Test
  void theCodebooksAgreementsAreMoreThanTalks() {
    atMost(0, "agreements");
  }
}
