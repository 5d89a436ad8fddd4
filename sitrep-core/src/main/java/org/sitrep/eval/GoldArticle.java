package org.sitrep.eval;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One article of an articles gold set ({@code articles.jsonl}): its id, its text's publication day,
 * given to the pipeline to resolve "on Tuesday", and whether it reports conflict at all.
 *
 * @param id the text is {@code texts/ID.txt}
 * @param conflict false for a control, an article that reports no ACLED event; the events a system
 *     finds there are false alarms
 * @param sourcePage the web page the text was taken from, if it was saved: a path relative to the
 *     gold set's parent folder ({@code source_page}, e.g. "html/NAME.html.gz")
 */
public record GoldArticle(String id, LocalDate published, boolean conflict,
    Optional<String> sourcePage) {
  public GoldArticle {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(published, "published");
    Objects.requireNonNull(sourcePage, "sourcePage");
  }

  public GoldArticle(String id, LocalDate published, boolean conflict) {
    this(id, published, conflict, Optional.empty());
  }
}
