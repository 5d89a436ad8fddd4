package org.sitrep.eval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * Pairs the system events of one article with its gold events one to one: score.py's {@code
 * match_article}, ported rule for rule so that both give the same pairs. A pair must be admissible
 * (the date within the gold event's window, the place by {@link PlaceRule#admissible}); admissible
 * pairs are taken greedily, best first by {@link Key}, each event at most once.
 *
 * <p>Evidence-aware matching (the default) also refuses a pair when the system event shares a
 * sentence with some other gold event but not with this one: an event read from the sentence of
 * gold event X is not credited as gold event Y. Plain matching drops that and pairs on type, place
 * and date only. An optional gold event takes only a system event of its type or its sentence.
 * Stateless and thread-safe.
 *
 * <pre>{@code
 * List<Pair> pairs = new ArticleMatcher(true).match(systemEvents, goldEvents);
 * }</pre>
 */
public final class ArticleMatcher {
  /** A pair: the indexes of a system event and of a gold event in the lists given. */
  public record Pair(int system, int gold) {}

  /** No coordinates: farther than any real distance, as in score.py. */
  static final double NO_DISTANCE_KM = 9999.0;

  /** Within this distance, or at a place of the gold event's name, the place is the same. */
  static final double SAME_PLACE_KM = 10.0;

  /**
   * score.py's sort key: same sentence, same event type, nearer distance bucket (0 same place, 1
   * within 25 km, 2 farther), actor1 right, same sub-event type, required gold, fewer days off,
   * fewer km. Compared field by field, the better first.
   */
  record Key(
      boolean sameSentence,
      boolean sameType,
      int bucket,
      boolean actor1,
      boolean sameSubType,
      boolean required,
      long daysOff,
      double km) {
    static final Comparator<Key> BEST_FIRST =
        Comparator.comparing(Key::sameSentence)
            .thenComparing(Key::sameType)
            .thenComparing(Comparator.comparingInt(Key::bucket).reversed())
            .thenComparing(Key::actor1)
            .thenComparing(Key::sameSubType)
            .thenComparing(Key::required)
            .thenComparing(Comparator.comparingLong(Key::daysOff).reversed())
            .thenComparing(Comparator.comparingDouble(Key::km).reversed())
            .reversed();
  }

  private record Candidate(Key key, int system, int gold) {}

  private final boolean useEvidence;

  /**
   * @param useEvidence true for evidence-aware matching; false for plain, where evidence sentences
   *     do not restrict pairing
   */
  public ArticleMatcher(boolean useEvidence) {
    this.useEvidence = useEvidence;
  }

  public List<Pair> match(List<SystemEvent> systems, List<ArticleGoldEvent> golds) {
    List<Candidate> candidates = new ArrayList<>();
    for (int i = 0; i < systems.size(); i++) {
      SystemEvent s = systems.get(i);
      Set<Integer> shared = new HashSet<>();
      for (int j = 0; useEvidence && j < golds.size(); j++) {
        if (SameSentence.test(s, golds.get(j))) {
          shared.add(j);
        }
      }
      for (int j = 0; j < golds.size(); j++) {
        if (!shared.isEmpty() && !shared.contains(j)) {
          continue; // S was read from another gold event's sentences: it is not this one
        }
        Optional<Key> key = key(s, golds.get(j), shared.contains(j));
        if (key.isPresent()) {
          candidates.add(new Candidate(key.get(), i, j));
        }
      }
    }
    // A stable sort, as Python's: among equal keys the first system event, then gold event, wins.
    candidates.sort(Comparator.comparing(Candidate::key, Key.BEST_FIRST));
    Set<Integer> usedSystems = new HashSet<>();
    Set<Integer> usedGolds = new HashSet<>();
    List<Pair> pairs = new ArrayList<>();
    for (Candidate c : candidates) {
      if (!usedSystems.contains(c.system()) && !usedGolds.contains(c.gold())) {
        usedSystems.add(c.system());
        usedGolds.add(c.gold());
        pairs.add(new Pair(c.system(), c.gold()));
      }
    }
    return pairs;
  }

  /** The pair's sort key; empty when the pair is not admissible. */
  private static Optional<Key> key(SystemEvent s, ArticleGoldEvent g, boolean sameSentence) {
    Optional<Long> daysOff = DateRule.daysOff(s, g);
    if (daysOff.isEmpty() || daysOff.get() > g.dateWindowDays() || !PlaceRule.admissible(s, g)) {
      return Optional.empty();
    }
    OptionalDouble d = PlaceRule.distanceKm(s, g);
    double km = d.isPresent() ? d.getAsDouble() : NO_DISTANCE_KM;
    boolean sameType = FieldScores.sameEventType(s, g);
    if (g.optional() && !(sameType || sameSentence)) {
      return Optional.empty(); // an optional gold event absorbs only its type or its sentence
    }
    int bucket;
    if (km <= SAME_PLACE_KM || PlaceRule.namesGoldPlace(s, g)) {
      bucket = 0;
    } else if (km <= FieldScores.NEAR_KM) {
      bucket = 1;
    } else {
      bucket = 2;
    }
    return Optional.of(
        new Key(
            sameSentence,
            sameType,
            bucket,
            FieldScores.of(s, g).actor1(),
            FieldScores.sameSubEventType(s, g),
            !g.optional(),
            daysOff.get(),
            km));
  }
}
