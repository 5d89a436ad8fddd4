package org.sitrep.normalize;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.sitrep.annotate.AnnotatedArticle;
import org.sitrep.annotate.Sentence;
import org.sitrep.annotate.TimeExpression;
import org.sitrep.annotate.Token;
import org.sitrep.internal.WordFamilies;
import org.sitrep.model.StoryKind;

/**
 * Tells from its headline and lead what kind of story an article is (see {@link StoryKind}). A
 * coder reads the top of a story to know whether it reports an attack or a trial about one, a
 * clash or its anniversary; the events told further down take their sense from that.
 *
 * <ul>
 *   <li>A court story names two steps of a proceeding in its lead, or one in its headline
 *       ("pleads not guilty", "trial", "jury", "convicted").
 *   <li>A retrospective names an anniversary or a memory in its lead beside a day long past, or
 *       its lead dates what it tells more than a year before publication and nothing in the last
 *       month.
 * </ul>
 */
final class StoryKinds {
  private static final Set<String> FAMILIES = Set.of("court", "retrospective");
  /** How many body sentences make the lead. */
  private static final int LEAD = 3;
  private static final int RECENT_DAYS = 30;
  private static final int PAST_DAYS = 365;

  private final Set<String> court;
  private final Set<String> retrospective;

  StoryKinds(WordFamilies cues) {
    this.court = cues.get("court");
    this.retrospective = cues.get("retrospective");
  }

  static StoryKinds loadDefault() {
    return new StoryKinds(WordFamilies.bundled(StoryKinds.class, "story-cues.tsv", FAMILIES));
  }

  StoryKind of(AnnotatedArticle article) {
    List<Sentence> lead = article.sentences().stream().filter(s -> !s.tokens().isEmpty())
        .limit(LEAD).toList();
    String title = article.article().metadata().title().toLowerCase(Locale.ROOT);
    long courtWords = lead.stream().flatMap(s -> s.tokens().stream()).map(StoryKinds::lemma)
        .filter(court::contains).distinct().count();
    boolean courtTitle = court.stream().anyMatch(w -> title.matches(".*\\b" + w + "\\w*\\b.*"));
    if (courtWords >= 2 || courtTitle) {
      return StoryKind.COURT;
    }
    boolean remembered = lead.stream().flatMap(s -> s.tokens().stream())
        .anyMatch(t -> retrospective.contains(lemma(t)));
    Optional<LocalDate> published = article.article().metadata().published();
    // "a parade celebrating the anniversary" in a report of an attack on it is no retrospective:
    // the anniversary must come with a day long past.
    if (remembered && oldDay(lead, published) || pastLead(lead, published)) {
      return StoryKind.RETROSPECTIVE;
    }
    return StoryKind.NEWS;
  }

  /** The lead dates something over a year before publication. */
  private static boolean oldDay(List<Sentence> lead, Optional<LocalDate> published) {
    return published.isPresent() && lead.stream().flatMap(s -> s.times().stream())
        .map(StoryKinds::lastDay).flatMap(Optional::stream)
        .anyMatch(d -> d.isBefore(published.get().minusDays(PAST_DAYS)));
  }

  /** The lead dates something over a year before publication and nothing in the last month. */
  private static boolean pastLead(List<Sentence> lead, Optional<LocalDate> published) {
    if (published.isEmpty()) {
      return false;
    }
    boolean past = false;
    for (Sentence s : lead) {
      for (TimeExpression t : s.times()) {
        Optional<LocalDate> day = lastDay(t);
        if (day.isEmpty()) {
          continue;
        }
        if (!day.get().isBefore(published.get().minusDays(RECENT_DAYS))) {
          return false;
        }
        past |= day.get().isBefore(published.get().minusDays(PAST_DAYS));
      }
    }
    return past;
  }

  /** The last day of a DATE value with a year: "1972-07-21", "1974-09", "1972". */
  private static Optional<LocalDate> lastDay(TimeExpression t) {
    if (!t.type().equals(TimeExpression.DATE)) {
      return Optional.empty();
    }
    String v = t.value();
    try {
      if (v.matches("\\d{4}-\\d{2}-\\d{2}")) {
        return Optional.of(LocalDate.parse(v));
      }
      if (v.matches("\\d{4}-\\d{2}")) {
        return Optional.of(LocalDate.parse(v + "-01").plusMonths(1).minusDays(1));
      }
      if (v.matches("\\d{4}")) {
        return Optional.of(LocalDate.parse(v + "-12-31"));
      }
    } catch (java.time.DateTimeException e) {
      // A value NewsDates could not make a calendar day of dates nothing.
    }
    return Optional.empty();
  }

  private static String lemma(Token t) {
    return t.lemma().toLowerCase(Locale.ROOT);
  }
}
