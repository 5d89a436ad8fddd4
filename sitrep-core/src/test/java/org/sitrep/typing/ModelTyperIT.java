package org.sitrep.typing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.SocketAddress;
import java.net.URI;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sitrep.model.SubEventType;

/**
 * The shipped typer on sentences written here (none of them in its training set): paraphrases of
 * sub-event types without their usual trigger words, and non-events that share trigger words.
 * A typer is scored, not proven: the test asks for three in four of the paraphrases (the shipped
 * pair types 11 of these 12 today) and all but one non-event, and names the misses.
 */
class ModelTyperIT {
  /** Records every address a URL connection asks to reach, and refuses it. */
  static final class WatchingProxySelector extends ProxySelector {
    final List<URI> asked = Collections.synchronizedList(new ArrayList<>());

    @Override
    public List<Proxy> select(URI uri) {
      asked.add(uri);
      // A closed local port: the connection fails at once instead of leaving the machine.
      return List.of(new Proxy(Proxy.Type.HTTP, new InetSocketAddress("127.0.0.1", 9)));
    }

    @Override
    public void connectFailed(URI uri, SocketAddress sa, IOException ioe) {}
  }

  static final WatchingProxySelector WATCH = new WatchingProxySelector();
  static SubEventTyper typer;

  @BeforeAll
  static void load() {
    ProxySelector.setDefault(WATCH);
    typer = AveragedTyper.loadDefault();
  }

  private static final Map<String, SubEventType> PARAPHRASES = Map.ofEntries(
      Map.entry("Jets roared over the market town at dawn and levelled two buildings.",
          SubEventType.AIR_DRONE_STRIKE),
      Map.entry("Mortar rounds rained down on the refugee settlement overnight.",
          SubEventType.SHELLING_ARTILLERY_MISSILE),
      Map.entry("Hundreds of nurses filled the square outside the ministry, waving placards"
          + " demanding back pay.", SubEventType.PEACEFUL_PROTEST),
      Map.entry("Youths hurled rocks at officers and set a police van alight after the"
          + " funeral.", SubEventType.VIOLENT_DEMONSTRATION),
      Map.entry("A device hidden in a culvert went off as the supply convoy passed.",
          SubEventType.REMOTE_EXPLOSIVE),
      Map.entry("Gunmen on motorbikes stormed the hamlet and shot dead eleven farmers.",
          SubEventType.ATTACK),
      Map.entry("The two factions traded gunfire for hours along the river crossing.",
          SubEventType.ARMED_CLASH),
      Map.entry("Masked men bundled the aid worker into a car; she has not been heard from"
          + " since.", SubEventType.ABDUCTION),
      Map.entry("Security agents picked up the opposition spokesman at his home and charged"
          + " him with sedition.", SubEventType.ARRESTS),
      Map.entry("Sappers made safe a roadside device found near the bridge.",
          SubEventType.DISRUPTED_WEAPONS_USE),
      // The garrison fled: a town given up without a fight is a non-violent transfer.
      Map.entry("The rebels hoisted their flag over the district headquarters after the"
          + " garrison fled.", SubEventType.NON_VIOLENT_TRANSFER),
      Map.entry("Both sides signed a truce in the capital, to take effect at midnight.",
          SubEventType.AGREEMENT));

  private static final List<String> NON_EVENTS = List.of(
      "The striker fired a late winner as the champions crushed their rivals.",
      "Shares in the airline were hammered after the profit warning.",
      "The militia threatened to attack the town if its demands were not met.",
      "A gas cylinder exploded in a restaurant kitchen, injuring three cooks.",
      "The ministry denied that its aircraft had bombed the camp.",
      "Thirty years after the massacre, survivors laid wreaths at the memorial.",
      "The price war between the supermarkets has claimed its first victim.",
      "Floods swept away two bridges and killed nine people in the valley.");

  @Test
  void typesParaphrasesOfEachKind() {
    List<String> misses = TyperMisses.of(typer, PARAPHRASES);
    assertTrue(misses.size() <= 3, "missed: " + misses);
  }

  @Test
  void tellsNonEventsThatShareTriggerWords() {
    List<TypeGuess> guesses = typer.guess(NON_EVENTS);
    List<String> misses = new ArrayList<>();
    for (int i = 0; i < NON_EVENTS.size(); i++) {
      if (guesses.get(i).best().label().isEvent()) {
        misses.add(NON_EVENTS.get(i) + " -> " + guesses.get(i).top(3));
      }
    }
    assertTrue(misses.size() <= 1, "typed as events: " + misses);
  }

  @Test
  void probabilitiesSumToOne() {
    TypeGuess guess = typer.guess(List.of("Police fired tear gas at the marchers.")).get(0);
    double sum = 0;
    for (int i = 0; i < TypeLabel.COUNT; i++) {
      sum += guess.probability(TypeLabel.at(i));
    }
    assertEquals(1.0, sum, 1e-6);
  }

  @Test
  void loadingAndEmbeddingAskForNoConnection() throws Exception {
    typer.guess(List.of("Troops shelled the ridge."));
    assertEquals(List.of(), WATCH.asked, "the typer tried to reach the network");
    assertEquals("true", System.getProperty("ai.djl.offline"));
    assertEquals("true", System.getProperty("OPT_OUT_TRACKING"));
    // The watch does see a connection when one is made.
    try {
      new java.net.URL("http://169.254.169.254/latest/meta-data/").openConnection().connect();
    } catch (IOException expected) {
      // refused by the closed port
    }
    assertEquals(1, WATCH.asked.size());
    WATCH.asked.clear();
  }
}
