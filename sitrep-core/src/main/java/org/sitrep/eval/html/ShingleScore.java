package org.sitrep.eval.html;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How much of a page's gold article body a predicted body holds, as the scrapinghub
 * article-extraction-benchmark measures it: the texts are cut into word tokens ({@code \w+},
 * Unicode-aware, case kept), the tokens into overlapping 4-token shingles, and the two multisets
 * of shingles are compared. A text of one to three tokens is one short shingle, as there.
 *
 * <p>Empty texts, where the benchmark and this class differ: the benchmark leaves a page out of
 * the precision average when nothing was predicted, and out of the recall average when the gold
 * is empty, which flatters an extractor that gives up on hard pages. Here every page counts: an
 * empty prediction against a non-empty gold has precision 0 and recall 0; a non-empty prediction
 * against an empty gold has precision 0 and recall 1; both empty is a perfect page.
 */
public final class ShingleScore {
  /** Shingle length of the benchmark. */
  public static final int SHINGLE = 4;

  private static final Pattern TOKEN = Pattern.compile("\\w+", Pattern.UNICODE_CHARACTER_CLASS);

  private ShingleScore() {}

  /** One page's precision and recall of shingles, each in [0, 1]. */
  public record PageScore(double precision, double recall) {}

  /** Scores a predicted body against the gold body. */
  public static PageScore score(String gold, String predicted) {
    Map<List<String>, Integer> want = shingles(gold);
    Map<List<String>, Integer> got = shingles(predicted);
    int wanted = want.values().stream().mapToInt(Integer::intValue).sum();
    int given = got.values().stream().mapToInt(Integer::intValue).sum();
    if (wanted == 0 || given == 0) {
      return new PageScore(wanted == given ? 1 : 0, wanted == 0 ? 1 : 0);
    }
    int shared = 0;
    for (Map.Entry<List<String>, Integer> e : got.entrySet()) {
      shared += Math.min(e.getValue(), want.getOrDefault(e.getKey(), 0));
    }
    return new PageScore((double) shared / given, (double) shared / wanted);
  }

  /** The word tokens of a text, in order. */
  static List<String> tokens(String text) {
    List<String> tokens = new ArrayList<>();
    Matcher m = TOKEN.matcher(text);
    while (m.find()) {
      tokens.add(m.group());
    }
    return tokens;
  }

  /** The multiset of shingles of a text: each shingle with how often it occurs. */
  static Map<List<String>, Integer> shingles(String text) {
    List<String> tokens = tokens(text);
    Map<List<String>, Integer> counts = new HashMap<>();
    if (tokens.isEmpty()) {
      return counts;
    }
    int last = Math.max(1, tokens.size() - SHINGLE + 1);
    for (int i = 0; i < last; i++) {
      counts.merge(tokens.subList(i, Math.min(tokens.size(), i + SHINGLE)), 1, Integer::sum);
    }
    return counts;
  }
}
