package org.sitrep.extract;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.sitrep.annotate.AnnotatedArticle;
import org.sitrep.annotate.Sentence;
import org.sitrep.annotate.TimeExpression;
import org.sitrep.annotate.TimeOffset;
import org.sitrep.model.DateExpression;
import org.sitrep.model.Evidence;
import org.sitrep.model.Mention;
import org.sitrep.model.TimePrecision;

/**
 * Dates the mentions whose sentence gives no day by the account told just before them, as a coder
 * reads a narrative: "On the morning of 7 October, militants fired rockets ... About an hour later,
 * gunmen crossed the fence" happened on 7 October, not on the day of publication; "the next day"
 * is the day after. Only a few sentences back count, since an account moves on.
 */
final class NarrativeDates {
  /** How many sentences back the account's date still holds. */
  private static final int WINDOW = 4;
  /** How far back when the sentence itself goes on with the account ("At 9:45am", "hours later"). */
  private static final int TIMELINE_WINDOW = 8;
  /** Days before publication past which a month or year told is history, not this account's. */
  private static final int LONG_PAST = 180;

  List<Mention> date(AnnotatedArticle article, List<Mention> mentions) {
    Optional<LocalDate> published = article.article().metadata().published();
    List<Mention> out = new ArrayList<>(mentions.size());
    // "Rebels killed a teacher in Qqq, Zzz, on Monday, a spokesman said": the parse may hang the
    // day on "said", but an act of the sentence took it as its own; it is the account's day.
    java.util.Set<Integer> actsDays = new java.util.HashSet<>();
    mentions.forEach(m -> m.date().ifPresent(d -> actsDays.add(d.evidence().start())));
    for (Mention m : mentions) {
      Sentence own = article.sentences().get(m.sentence());
      boolean goesOn = own.times().stream().anyMatch(t -> !t.type().equals(TimeExpression.DATE));
      Optional<DateExpression> anchor = m.date().isPresent() ? Optional.empty()
          : anchor(article, m.sentence(), goesOn ? TIMELINE_WINDOW : WINDOW, published, actsDays);
      out.add(anchor.map(a -> shifted(article.sentences().get(m.sentence()), a, m))
          .map(m::withDate).orElse(m));
    }
    return out;
  }

  /** The last resolved date of the few sentences before {@code sentence}. */
  private static Optional<DateExpression> anchor(AnnotatedArticle article, int sentence,
      int window, Optional<LocalDate> published, java.util.Set<Integer> actsDays) {
    for (int i = sentence - 1; i >= Math.max(0, sentence - window); i--) {
      List<TimeExpression> times = article.sentences().get(i).times();
      for (int k = times.size() - 1; k >= 0; k--) {
        TimeExpression t = times.get(k);
        if (!t.type().equals(TimeExpression.DATE) || datesAStatement(article.sentences().get(i), t)
            && !actsDays.contains(t.start())) {
          continue;
        }
        DateExpression d = DateFinder.resolve(DateFinder.inYearWritten(t, times), published);
        // "The insurgency began in August 2023 ... Fighters seized several towns in the weeks
        // that followed": a month long past sets the account in its time, which the day told
        // before it does not reach across.
        // The whole month or year must be past: "in 2023" told in October 2023 is this year.
        boolean longPast = published.isPresent() && d.date().isPresent()
            && endOf(d.date().get(), t).isBefore(published.get().minusDays(LONG_PAST));
        if (longPast && reachesToNow(article.sentences().get(i), t)) {
          // "... have stepped up attacks since 2022. Hours later, ...": not the account's time.
          continue;
        }
        if (longPast && d.precision() == TimePrecision.MONTH) {
          return Optional.of(told(d));
        }
        // A month or a year ("in 2023") frames too loosely to date what follows it.
        if (d.date().isPresent() && d.precision() != TimePrecision.MONTH) {
          return Optional.of(told(d));
        }
      }
    }
    return Optional.empty();
  }

  /** The last day of the month, or of the year when the expression names a year alone. */
  private static LocalDate endOf(LocalDate start, TimeExpression t) {
    return t.value().matches("\\d{4}") ? start.withDayOfYear(start.lengthOfYear())
        : start.withDayOfMonth(start.lengthOfMonth());
  }

  /** The date, lent as the account's to the sentences after it. */
  private static DateExpression told(DateExpression d) {
    Evidence e = d.evidence();
    return new DateExpression(new Evidence(e.field(), e.text(), e.start(), e.end(),
        DateExpression.LENT_BY_ACCOUNT), d.date(), d.precision(), true);
  }

  /** Words before a date that make it the start of a stretch lasting to the telling. */
  private static final java.util.Set<String> STRETCH_TO_NOW = java.util.Set.of("since");

  /**
   * "The group has stepped up attacks since 2022. Hours later, gunmen shot ...": a stretch that
   * began long ago and lasts to the telling sets no account in that time, and the account's day
   * is told before it. (One that began lately, "since Saturday", still dates what goes on in it.)
   */
  private static boolean reachesToNow(Sentence s, TimeExpression t) {
    // The word may open the expression ("since 2022") or stand just before it.
    String before = "";
    for (org.sitrep.annotate.Token tok : s.tokens()) {
      String word = tok.word().toLowerCase(java.util.Locale.ROOT);
      if (tok.start() >= t.start() && tok.end() <= t.end()) {
        return STRETCH_TO_NOW.contains(word) || STRETCH_TO_NOW.contains(before);
      }
      before = word;
    }
    return false;
  }

  /** "police said Monday": the day of the telling, not of what was told. */
  private static boolean datesAStatement(Sentence s, TimeExpression t) {
    for (org.sitrep.annotate.Token tok : s.tokens()) {
      if (tok.start() >= t.start() && tok.end() <= t.end()) {
        Optional<org.sitrep.annotate.Dependency> up = s.head(tok.index());
        if (up.isPresent() && SpeechVerbs.contains(s.token(up.get().governor()).lemma())) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * "The next day", "two days later": the account's day moved by the sentence's own offset. But
   * "the shelling came a day after rebels attacked": the act the "after" introduces was the day
   * before the account's, not after it.
   */
  private static DateExpression shifted(Sentence s, DateExpression anchor, Mention m) {
    for (TimeExpression t : s.times()) {
      if (t.type().equals(TimeExpression.OFFSET) && anchor.date().isPresent()
          && !datesAnActBelow(s, t, m)) {
        LocalDate from = anchor.date().get();
        boolean toldBefore = introducedByTheOffset(s, m) || underTheOffsetsClause(s, t, m);
        Optional<LocalDate> day = TimeOffset.resolve(t.value(), from)
            .map(d -> toldBefore ? from.minusDays(ChronoUnit.DAYS.between(from, d)) : d);
        Evidence e = new Evidence("event_date", t.text(), t.start(), t.end(),
            DateExpression.COUNTED_FROM_ACCOUNT + " ('" + anchor.evidence().text() + "')");
        return day.map(d -> new DateExpression(e, Optional.of(d), anchor.precision(), true)).orElse(anchor);
      }
    }
    return anchor;
  }

  /**
   * "Gunmen abducted two nurses, who were released the next morning", "... and freed them two days
   * later": the offset dates an act told inside the trigger's own phrase, after it, not the trigger.
   */
  private static boolean datesAnActBelow(Sentence s, TimeExpression t, Mention m) {
    Optional<org.sitrep.annotate.Token> trigger = s.tokenAt(m.trigger().start());
    int node = -1;
    for (org.sitrep.annotate.Token tok : s.tokens()) {
      if (tok.start() >= t.start() && tok.end() <= t.end()) {
        node = tok.index();
      }
    }
    if (trigger.isEmpty() || node < 0) {
      return false;
    }
    // Up from the offset to the verb it dates, then on up: below the trigger when it meets it.
    boolean verb = false;
    for (int hop = 0; hop < 12; hop++) {
      if (node == trigger.get().index()) {
        return verb;
      }
      org.sitrep.annotate.Token tok = s.token(node);
      boolean outside = tok.start() >= t.end() || tok.end() <= t.start();
      verb |= outside && tok.pos().startsWith("VB");
      Optional<org.sitrep.annotate.Dependency> up = s.head(node);
      if (up.isEmpty()) {
        return false;
      }
      node = up.get().governor();
    }
    return false;
  }

  /** Words that order two acts in time: "a day after rebels attacked", "two days before". */
  private static final java.util.Set<String> ORDERING = java.util.Set.of("after", "before");

  /**
   * "The strikes came a day after the rebels said they had launched a drone attack": the act told
   * inside the clause the offset's own "after" opens, however deep, was the day before.
   */
  private static boolean underTheOffsetsClause(Sentence s, TimeExpression t, Mention m) {
    Optional<org.sitrep.annotate.Token> trigger = s.tokenAt(m.trigger().start());
    if (trigger.isEmpty()) {
      return false;
    }
    int node = trigger.get().index();
    for (int hop = 0; hop < 8 && node >= 0; hop++) {
      boolean opened = s.basicChildren(node).stream()
          .filter(d -> d.relation().equals("mark") || d.relation().equals("case"))
          .map(d -> s.token(d.dependent()))
          .anyMatch(w -> w.start() >= t.start() && w.end() <= t.end()
              && ORDERING.contains(w.word().toLowerCase(java.util.Locale.ROOT)));
      if (opened) {
        return true;
      }
      node = s.head(node).map(org.sitrep.annotate.Dependency::governor).orElse(-1);
    }
    return afterTheOffsetBelowAnotherVerb(s, t, trigger.get().index());
  }

  /**
   * The parser may hang the clause after "a day after" on the sentence's verb ("came ... launched
   * drones") and the "after" on a verb of saying beside it. The act is still the one told after
   * the offset, when the sentence's verb comes before the offset and the act hangs on it through
   * a verb of its own clause.
   */
  private static boolean afterTheOffsetBelowAnotherVerb(Sentence s, TimeExpression t,
      int trigger) {
    boolean endsOrdering = s.tokens().stream()
        .filter(w -> w.start() >= t.start() && w.end() <= t.end()).reduce((a, b) -> b)
        .map(w -> ORDERING.contains(w.word().toLowerCase(java.util.Locale.ROOT)))
        .orElse(false);
    if (!endsOrdering || s.token(trigger).start() < t.end()) {
      return false;
    }
    boolean verbBetween = false;
    int node = s.head(trigger).map(org.sitrep.annotate.Dependency::governor).orElse(-1);
    for (int hop = 0; hop < 8 && node >= 0; hop++) {
      int up = s.head(node).map(org.sitrep.annotate.Dependency::governor).orElse(-1);
      if (up < 0) {
        // The sentence's verb: before the offset, with a verb between it and the act.
        return verbBetween && s.token(node).end() <= t.start();
      }
      verbBetween |= s.token(node).pos().startsWith("VB");
      node = up;
    }
    return false;
  }

  /** Whether the mention's trigger is the act an "after" or "before" clause or phrase names. */
  private static boolean introducedByTheOffset(Sentence s, Mention m) {
    return s.tokenAt(m.trigger().start()).map(tok -> s.basicChildren(tok.index()).stream()
        .filter(d -> d.relation().equals("mark") || d.relation().equals("case"))
        .anyMatch(d -> ORDERING.contains(s.token(d.dependent()).word()
            .toLowerCase(java.util.Locale.ROOT)))).orElse(false);
  }
}
