package org.sitrep.typing;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sitrep.model.SubEventType;

/**
 * The shipped typer on edges of ACLED's codebook that the training set had held too narrowly,
 * each answered by a file of the set (training/README.md), on passages written here. Scored, not
 * proven: the misses allowed are named. The model shipped before those files typed 18 of these
 * 24 passages; the one trained with them 23.
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
 */
class CodebookEdgesIT {
  static ModelTyper typer;

  @BeforeAll
  static void load() {
    typer = ModelTyper.loadDefault();
  }

  private static final Map<String, Optional<SubEventType>> SIDES = Map.ofEntries(
      Map.entry("On 12 March 2023, a soldier on guard at a checkpoint outside Marka (Lower"
          + " Shabelle) was shot dead by al-Shabaab militants. Fatalities coded as 1.",
          Optional.of(SubEventType.ARMED_CLASH)),
      Map.entry("Two policemen on patrol were killed by gunmen on a motorbike in Tank district"
          + " on Tuesday, police said.",
          Optional.of(SubEventType.ARMED_CLASH)),
      Map.entry("A member of a rival gang was shot dead by gunmen of the Los Zetas cartel in"
          + " Nuevo Laredo on Friday.",
          Optional.of(SubEventType.ARMED_CLASH)),
      Map.entry("An army sergeant was killed by a sniper while on duty at an outpost near"
          + " Kidal, the army said.",
          Optional.of(SubEventType.ARMED_CLASH)),
      Map.entry("An off-duty police officer was shot dead by gunmen while buying bread near his"
          + " home in Kandahar city.",
          Optional.of(SubEventType.ATTACK)),
      Map.entry("A retired army colonel was gunned down outside a mosque in Quetta on Friday"
          + " evening.",
          Optional.of(SubEventType.ATTACK)));

  private static final Map<String, Optional<SubEventType>> EPIDEMICS = Map.ofEntries(
      Map.entry("On 9 June 2021, in Patna (Bihar), sanitation workers held a sit-in outside the"
          + " municipal office demanding unpaid wages during the COVID-19 lockdown."
          + " [size=around 60]",
          Optional.of(SubEventType.PEACEFUL_PROTEST)),
      Map.entry("Nurses marched to the provincial health office in Mendoza on Monday to demand"
          + " hazard pay for work in coronavirus wards.",
          Optional.of(SubEventType.PEACEFUL_PROTEST)),
      Map.entry("On 4 May 2021, police baton-charged stranded migrant workers who had gathered"
          + " at the railway station in Surat demanding trains home during the lockdown."
          + " [size=hundreds]",
          Optional.of(SubEventType.PROTEST_WITH_INTERVENTION)),
      Map.entry("Police dispersed traders who gathered at the market gate in Lusaka to protest"
          + " its closure under the cholera measures, detaining four of them.",
          Optional.of(SubEventType.PROTEST_WITH_INTERVENTION)),
      Map.entry("Residents set fire to an Ebola treatment tent and threw stones at the police"
          + " in Beni on Sunday, angry at the burial of a relative by health teams.",
          Optional.of(SubEventType.VIOLENT_DEMONSTRATION)));

  private static final Map<String, Optional<SubEventType>> ACCIDENTS = Map.ofEntries(
      Map.entry("Three workers were killed when a boiler exploded at a textile mill in"
          + " Faisalabad on Tuesday, police said.",
          Optional.empty()),
      Map.entry("A gas cylinder blast wrecked a roadside restaurant in Kisumu on Monday,"
          + " injuring six customers; police ruled out foul play.",
          Optional.empty()),
      Map.entry("Twenty workers were taken to hospital after a chlorine leak at a water"
          + " treatment plant in Tema on Wednesday.",
          Optional.empty()),
      Map.entry("Militants detonated a bomb under a gas pipeline in Sui on Monday, cutting"
          + " supplies to the province, officials said.",
          Optional.of(SubEventType.REMOTE_EXPLOSIVE)));

  private static final Map<String, Optional<SubEventType>> SEIZURES_AND_TALKS = Map.ofEntries(
      Map.entry("Police seized five pistols and 300 rounds of ammunition in a raid on a house"
          + " in Spanish Town on Saturday.",
          Optional.of(SubEventType.DISRUPTED_WEAPONS_USE)),
      Map.entry("Four rifles and a box of ammunition were found hidden in a truck at a"
          + " checkpoint in Arua on Monday.",
          Optional.of(SubEventType.DISRUPTED_WEAPONS_USE)),
      Map.entry("Police seized 40 kilogrammes of cannabis from a truck at a checkpoint in Arua"
          + " on Monday.",
          Optional.empty()),
      Map.entry("Delegations of the government and the FDLR held talks in Goma on Thursday,"
          + " mediators said.",
          Optional.of(SubEventType.AGREEMENT)),
      Map.entry("The two warring clans signed a truce in Galkayo after elders mediated, local"
          + " officials said.",
          Optional.of(SubEventType.AGREEMENT)),
      Map.entry("The foreign ministers of Chile and Argentina held talks in Santiago on trade"
          + " and tourism.",
          Optional.empty()));

  private static final Map<String, Optional<SubEventType>> CROWDS = Map.ofEntries(
      Map.entry("Opposition supporters clashed with riot police in Conakry on Thursday as"
          + " officers fired tear gas into the crowd.",
          Optional.of(SubEventType.VIOLENT_DEMONSTRATION)),
      Map.entry("Police fired tear gas at students who had blocked the main road in Kumasi with"
          + " burning tyres on Monday.",
          Optional.of(SubEventType.VIOLENT_DEMONSTRATION)),
      Map.entry("Police fired tear gas to disperse teachers who were marching peacefully to the"
          + " education ministry in Harare.",
          Optional.of(SubEventType.PROTEST_WITH_INTERVENTION)));
  private static List<String> misses(Map<String, Optional<SubEventType>> expected) {
    List<String> texts = new ArrayList<>(expected.keySet());
    List<TypeGuess> guesses = typer.guess(texts);
    List<String> misses = new ArrayList<>();
    for (int i = 0; i < texts.size(); i++) {
      if (!guesses.get(i).best().label().type().equals(expected.get(texts.get(i)))) {
        misses.add(texts.get(i) + " -> " + guesses.get(i).top(3));
      }
    }
    return misses;
  }

  @Test
  void sidesNotTheTellingTypeViolence() {
    List<String> misses = misses(SIDES);
    assertTrue(misses.size() <= 1, "missed: " + misses);
  }

  @Test
  void protestsAmidAnEpidemicAreProtests() {
    List<String> misses = misses(EPIDEMICS);
    assertTrue(misses.size() <= 1, "missed: " + misses);
  }

  @Test
  void blastsWithNoOneBehindThemAreAccidents() {
    assertTrue(misses(ACCIDENTS).isEmpty(), () -> "missed: " + misses(ACCIDENTS));
  }

  @Test
  void seizuresAndTalksAreStrategicDevelopments() {
    // One miss allowed: talks named by a delegation and a group's acronym alone.
    List<String> misses = misses(SEIZURES_AND_TALKS);
    assertTrue(misses.size() <= 1, "missed: " + misses);
  }

  @Test
  void aCrowdThatClashesIsViolentWhateverThePoliceDo() {
    assertTrue(misses(CROWDS).isEmpty(), () -> "missed: " + misses(CROWDS));
  }
}
