package org.sitrep.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * NewsDates on random strings of date-like words: whatever it finds must be a well-formed,
 * non-overlapping expression at the right offsets. Reproduce with -Dsitrep.seed=SEED.
 */
class NewsDatesRandomTest {
  private static final List<String> PIECES = List.of(
      "on", "the", "in", "last", "this", "early", "late", "mid-", "night", "of", "to", "into",
      "overnight", "Friday", "sunday", "March", "march", "May", "may", "Sept.", "12", "12th", "1972",
      "2019", "2,000", "31", "29", "February", "days", "day", "week", "weekend", "ago", "later",
      "earlier", "a", "two", "ten", "hours", "9:45", "am", "p.m.", "GMT", "(", ")", ",", ".", "-",
      "yesterday", "today", "that", "next", "following", "homes", "law", "at", "dawn", "\u00e9t\u00e9",
      "Route", "66", "24-hour", "since", "year", "month", "'s", "  ");

  private static final Optional<LocalDate> PUBLISHED = Optional.of(LocalDate.of(2020, 2, 29));

  @Test
  void expressionsAreWellFormedAndDoNotOverlap() {
    long seed = Long.getLong("sitrep.seed", new Random().nextLong());
    Random random = new Random(seed);
    int expressions = 0;
    for (int i = 0; i < 2_000; i++) {
      StringBuilder s = new StringBuilder();
      for (int n = random.nextInt(12); n >= 0; n--) {
        s.append(PIECES.get(random.nextInt(PIECES.size()))).append(random.nextInt(4) == 0 ? "" : " ");
      }
      String text = "x " + s;
      try {
        List<TimeExpression> found = NewsDates.find(text.substring(2), 2, PUBLISHED);
        expressions += found.size();
        check(text, found, true);
        check(text, NewsDates.find(text.substring(2), 2, Optional.empty()), false);
      } catch (AssertionError | RuntimeException e) {
        fail("seed " + seed + " (-Dsitrep.seed=" + seed + "), text '" + text + "': " + e, e);
      }
    }
    assertTrue(expressions > 500, "the pieces should make dates often; found " + expressions);
  }

  private static void check(String text, List<TimeExpression> found, boolean published) {
    assertEquals(found, NewsDates.find(text.substring(2), 2, published ? PUBLISHED : Optional.empty()));
    int lastEnd = 2;
    for (TimeExpression t : found) {
      assertTrue(t.start() >= lastEnd && t.end() > t.start(), "ordered, no overlap: " + found);
      assertEquals(text.substring(t.start(), t.end()), t.text());
      lastEnd = t.end();
      switch (t.type()) {
        case TimeExpression.DATE -> assertTrue(t.value().matches(published
            ? "\\d{4}(-W\\d{2}(-WE)?|-\\d{2}(-\\d{2})?)?"
            : "(\\d{4}|XXXX)(-WXX-(\\d|WE)|-\\d{2}(-\\d{2})?|-XX-\\d{2}|-XX-XX|-W\\d{2})?"), t::toString);
        case TimeExpression.OFFSET -> assertTrue(TimeOffset.isOffset(t.value()), t::toString);
        case TimeExpression.TIME -> assertTrue(t.value().matches("T(\\d{2}:\\d{2}Z?|MO|MI|AF|EV|NI)"),
            t::toString);
        default -> fail("unknown type " + t);
      }
    }
  }
}
