package org.sitrep.normalize;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.sitrep.model.EventType;
import org.sitrep.model.Mention;
import org.sitrep.model.SubEventType;

/**
 * "Students marched through the city, and some broke the windows of a bank": damage no one else
 * is named for, told in the sentence of a demonstration, is the demonstrators' own, which ACLED
 * codes as a violent demonstration ("vandalism" by demonstrators), not as property destruction
 * by no one.
 */
final class CrowdDamage {
  /** Words that stand for some of a crowd already told, not for another party. */
  private static final Pattern SOME_OF_THEM = Pattern.compile(
      "(?i)(some|others|a few|many|several|some of them|a group|groups|they)");

  private final Set<Integer> demonstrations;

  private CrowdDamage(Set<Integer> demonstrations) {
    this.demonstrations = demonstrations;
  }

  /** The sentences of an article's mentions that tell a demonstration as it happened. */
  static CrowdDamage of(List<Mention> mentions) {
    return new CrowdDamage(mentions.stream().filter(Mention::asserted)
        .filter(m -> m.subEventType().eventType() == EventType.PROTESTS
            || m.subEventType().eventType() == EventType.RIOTS)
        .map(Mention::sentence).collect(Collectors.toUnmodifiableSet()));
  }

  /** The mention as a violent demonstration when it is such damage; else as it is. */
  Mention reread(Mention m) {
    boolean unnamed = m.actor1().map(a -> SOME_OF_THEM.matcher(a.text().strip()).matches())
        .orElse(true);
    return m.subEventType() == SubEventType.LOOTING && unnamed
        && demonstrations.contains(m.sentence())
        ? m.withSubEventType(SubEventType.VIOLENT_DEMONSTRATION) : m;
  }
}
