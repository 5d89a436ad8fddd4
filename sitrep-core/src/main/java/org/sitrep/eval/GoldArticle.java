package org.sitrep.eval;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One article of an articles gold set ({@code articles.jsonl}): its id, its text's publication day,
 * given to the pipeline to resolve "on Tuesday", and whether it reports conflict at all.
 *
 * @param id the text is {@code texts/ID.txt}
 * @param conflict false for a control, an article that reports no ACLED event; the events a system
 *     finds there are false alarms
 */
public record GoldArticle(String id, LocalDate published, boolean conflict) {
  public GoldArticle {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(published, "published");
  }
}
