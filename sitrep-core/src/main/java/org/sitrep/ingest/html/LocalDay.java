package org.sitrep.ingest.html;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The publisher's own calendar day for a moment a page states in UTC. Publishing systems often
 * write structured data in UTC ({@code 2023-12-23T03:22:07Z}) and the page for their readers in
 * local time ({@code <time datetime="2023-12-22T22:22:07-05:00">}, or {@code 2023-12-22 22:22:07}
 * with no offset at all). The day the readers saw is the story's date, so when another statement
 * on the page names the same moment in a local offset, its day is taken.
 *
 * <p>A statement without an offset counts as the same moment when its minutes and seconds agree
 * and its hour differs by a whole number of hours within the world's offsets (±14 hours): a
 * coincidence of seconds is unlikely, and a different moment would be a different story.
 */
final class LocalDay {
  private static final Pattern DATETIME = Pattern.compile(
      "^\\s*(\\d{4}-\\d{2}-\\d{2})[T ](\\d{2}:\\d{2})(?::(\\d{2}))?(?:[.,]\\d+)?\\s*"
          + "(Z|[+-]\\d{2}(?::?\\d{2})?)?\\s*$");
  private static final Duration MAX_OFFSET = Duration.ofHours(14);

  private LocalDay() {}

  /**
   * @param stated the value the date was read from
   * @param others the page's other statements of when it was published
   */
  static Optional<LocalDate> of(String stated, List<String> others) {
    Optional<Stamp> utc = Stamp.parse(stated).filter(s -> ZoneOffset.UTC.equals(s.offset()));
    if (utc.isEmpty()) {
      return Optional.empty();
    }
    LocalDateTime moment = utc.get().time();
    for (String other : others) {
      Optional<Stamp> local = Stamp.parse(other);
      if (local.isEmpty()) {
        continue;
      }
      Stamp s = local.get();
      if (s.offset() != null && !ZoneOffset.UTC.equals(s.offset())) {
        LocalDateTime asUtc = s.time().minusSeconds(s.offset().getTotalSeconds());
        if (Duration.between(asUtc, moment).abs().getSeconds() <= 60) {
          return Optional.of(s.time().toLocalDate());
        }
      } else if (s.offset() == null && s.hasSeconds() && utc.get().hasSeconds()) {
        Duration apart = Duration.between(moment, s.time());
        if (!apart.isZero() && apart.abs().compareTo(MAX_OFFSET) <= 0
            && apart.toSeconds() % 3600 == 0) {
          return Optional.of(s.time().toLocalDate());
        }
      }
    }
    return Optional.empty();
  }

  /** A datetime as written, with its offset if it has one ({@code null} if not). */
  private record Stamp(LocalDateTime time, ZoneOffset offset, boolean hasSeconds) {
    static Optional<Stamp> parse(String value) {
      Matcher m = DATETIME.matcher(value);
      if (!m.matches()) {
        return Optional.empty();
      }
      try {
        String seconds = m.group(3) == null ? "00" : m.group(3);
        LocalDateTime time = LocalDateTime.parse(m.group(1) + "T" + m.group(2) + ":" + seconds);
        ZoneOffset offset = m.group(4) == null ? null : offset(m.group(4));
        return Optional.of(new Stamp(time, offset, m.group(3) != null));
      } catch (DateTimeException e) {
        return Optional.empty();
      }
    }

    private static ZoneOffset offset(String text) {
      if (text.equals("Z")) {
        return ZoneOffset.UTC;
      }
      String digits = text.replace(":", "");
      return ZoneOffset.of(digits.length() == 3 ? digits : digits.substring(0, 3) + ":"
          + digits.substring(3));
    }
  }
}
