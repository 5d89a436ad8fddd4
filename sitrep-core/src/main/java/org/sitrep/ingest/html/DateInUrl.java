package org.sitrep.ingest.html;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A date in an address's path, where many news sites put the day a story was filed: {@code
 * /2023/05/17/slug}, {@code /2023-05-17/}, {@code slug-2023-05-17} or {@code slug-20230517-id}.
 * Only a full year, month and day count: {@code /2023/05/} says too little, and the host and query
 * are not read (a query's dates are usually a search's or a cache's).
 */
final class DateInUrl {
  private static final Pattern SPLIT = Pattern.compile(
      "(?<![\\d])((?:19|20)\\d\\d)([/_-])([01]?\\d)\\2([0-3]?\\d)(?![\\d])");
  private static final Pattern COMPACT =
      Pattern.compile("(?<![\\d])((?:19|20)\\d\\d)([01]\\d)([0-3]\\d)(?![\\d])");

  private DateInUrl() {}

  static Optional<LocalDate> of(String url, DateText dates) {
    String path;
    try {
      path = new URI(url.strip().replace(" ", "%20")).getRawPath();
    } catch (URISyntaxException e) {
      path = url.replaceFirst("^[a-zA-Z]+://[^/]*", "").replaceFirst("[?#].*$", "");
    }
    if (path == null || path.isEmpty()) {
      return Optional.empty();
    }
    for (Pattern pattern : new Pattern[] {SPLIT, COMPACT}) {
      Matcher m = pattern.matcher(path);
      while (m.find()) {
        String iso = m.group(1) + "-" + m.group(pattern == SPLIT ? 3 : 2) + "-"
            + m.group(pattern == SPLIT ? 4 : 3);
        Optional<LocalDate> date = dates.parse(iso);
        if (date.isPresent()) {
          return date;
        }
      }
    }
    return Optional.empty();
  }
}
