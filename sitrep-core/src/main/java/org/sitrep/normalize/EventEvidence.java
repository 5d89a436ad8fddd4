package org.sitrep.normalize;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.sitrep.model.ArticleMetadata;
import org.sitrep.model.Count;
import org.sitrep.model.DateSource;
import org.sitrep.model.Evidence;
import org.sitrep.model.Mention;

/**
 * What a coded event shows for each field: the sentence, the trigger, the typer's advice, the
 * sides, the place, the date and where the publication date came from, and each count with the
 * party that claimed it. Kept apart from {@link MentionCoder}, which decides the fields, so that
 * how the evidence reads can change without touching how an event is coded.
 */
final class EventEvidence {
  /** How a count's note names its claimant; the coder reads it back to mark a claimed toll. */
  static final String CLAIMED_BY = "; claimed by ";

  /** The counts of one event, each with its evidence and claimant. */
  record Counts(Optional<Count> fatalities, Optional<Count> injured, Optional<Count> captured) {}

  private EventEvidence() {}

  /**
   * The counts, each kept with the party that claimed it when the claimant is the side that
   * hurt them. A side that counts its own dead ("four soldiers were killed, the army said") tells
   * its losses, which no one discounts as a claim.
   */
  static Counts counts(Mention m, EventSides.Sides s) {
    Optional<String> claimant = s.speaker().map(n -> n.value().name())
        .filter(n -> s.actor1().map(a -> a.actor().name().equals(n)).orElse(false)
            && !s.actor2().map(a -> a.actor().name().equals(n)).orElse(false));
    return new Counts(m.fatalities().map(c -> claimed(c, claimant)),
        m.injured().map(c -> claimed(c, claimant)), m.captured().map(c -> claimed(c, claimant)));
  }

  /** The evidence of every field the event fills, in the order a reviewer reads them. */
  static List<Evidence> of(Mention m, EventSides.Sides s, Optional<Evidence> where, Counts counts,
      Optional<Evidence> site, LearnedTyping.Decision decision, ArticleMetadata metadata) {
    List<Evidence> evidence = new ArrayList<>();
    evidence.add(m.sentenceText());
    evidence.add(m.trigger());
    decision.evidence().ifPresent(evidence::add);
    s.actor1().ifPresent(r -> evidence.add(r.evidence().withField("actor1")));
    s.assoc1().forEach(r -> evidence.add(r.evidence().withField("assoc_actor_1")));
    s.actor2().ifPresent(r -> evidence.add(r.evidence().withField("actor2")));
    s.assoc2().forEach(r -> evidence.add(r.evidence().withField("assoc_actor_2")));
    where.ifPresent(p -> evidence.add(p.withField("location")));
    site.filter(e -> where.map(w -> !w.span().equals(e.span())).orElse(true))
        .ifPresent(evidence::add);
    m.date().ifPresent(d -> evidence.add(d.evidence()));
    publication(metadata).ifPresent(evidence::add);
    for (Optional<Count> c : List.of(counts.fatalities(), counts.injured(), counts.captured())) {
      c.ifPresent(count -> evidence.add(countEvidence(count)));
    }
    return evidence;
  }

  /**
   * Where the publication date that dates are resolved against came from, when the reader found it
   * (a page's JSON-LD, a feed item, the URL) rather than the user giving it: a wrong page date
   * moves every "on Tuesday", so a reviewer must see it. It stands in no words of the text, so its
   * span is empty.
   */
  private static Optional<Evidence> publication(ArticleMetadata metadata) {
    if (metadata.published().isEmpty() || metadata.publishedFrom() == DateSource.GIVEN) {
      return Optional.empty();
    }
    return Optional.of(new Evidence("published", "", 0, 0, "publication date "
        + metadata.published().get() + ", from " + metadata.publishedFrom().label()));
  }

  private static Count claimed(Count c, Optional<String> claimant) {
    return claimant.isEmpty() ? c : new Count(c.value(), c.evidence(), c.rule(), claimant);
  }

  private static Evidence countEvidence(Count c) {
    String note = c.rule() + c.claimant().map(n -> CLAIMED_BY + n + ", a party to the fighting").orElse("");
    Evidence e = c.evidence();
    return new Evidence(e.field(), e.text(), e.start(), e.end(), note);
  }
}
