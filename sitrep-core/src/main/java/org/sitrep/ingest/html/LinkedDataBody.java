package org.sitrep.ingest.html;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * The article body a page states in its schema.org JSON-LD ({@code articleBody}), which many news
 * sites put there for search engines. Pages that render their text with scripts, or split it into
 * slides and tabs, may show only part of it in the HTML; the JSON-LD then holds the whole.
 * It is not always better: some sites cut it short, some put the whole page in it. So it stands in
 * for the HTML's text only when it is long and the HTML's text misses most of it ({@link
 * #missedBy}).
 */
final class LinkedDataBody {
  /** Fewer words than this is a teaser or a description, not a body. */
  static final int MIN_WORDS = 100;

  private static final ObjectMapper JSON = JsonMapper.builder()
      .enable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS)
      .enable(JsonReadFeature.ALLOW_TRAILING_COMMA)
      .enable(JsonParser.Feature.ALLOW_COMMENTS).build();

  private static final Pattern WORD = Pattern.compile("\\w+", Pattern.UNICODE_CHARACTER_CLASS);

  private LinkedDataBody() {}

  /** The longest {@code articleBody} in the page's JSON-LD, as paragraphs; empty when none. */
  static Optional<List<String>> of(Document page) {
    String longest = "";
    for (Element script : page.select("script[type=application/ld+json]")) {
      try {
        JsonNode node = JSON.readTree(script.data());
        String body = longestBody(node);
        if (body.length() > longest.length()) {
          longest = body;
        }
      } catch (IOException e) {
        // A site's broken JSON-LD says nothing; the HTML still speaks.
      }
    }
    if (longest.isBlank()) {
      return Optional.empty();
    }
    List<String> paragraphs = paragraphs(longest);
    return paragraphs.isEmpty() ? Optional.empty() : Optional.of(paragraphs);
  }

  /**
   * Share of the JSON-LD body's word 4-grams that the extracted paragraphs lack: near 0 when the
   * HTML gave the same text or more, near 1 when it gave something else.
   */
  static double missedBy(List<String> stated, List<String> extracted) {
    Set<String> found = grams(String.join(" ", extracted));
    Set<String> wanted = grams(String.join(" ", stated));
    if (wanted.isEmpty()) {
      return 0;
    }
    long missed = wanted.stream().filter(g -> !found.contains(g)).count();
    return (double) missed / wanted.size();
  }

  static int words(List<String> paragraphs) {
    int n = 0;
    for (String p : paragraphs) {
      Matcher m = WORD.matcher(p);
      while (m.find()) {
        n++;
      }
    }
    return n;
  }

  private static Set<String> grams(String text) {
    List<String> words = new ArrayList<>();
    Matcher m = WORD.matcher(text);
    while (m.find()) {
      words.add(m.group());
    }
    Set<String> grams = new HashSet<>();
    for (int i = 0; i + 4 <= words.size(); i++) {
      grams.add(String.join(" ", words.subList(i, i + 4)));
    }
    return grams;
  }

  private static String longestBody(JsonNode node) {
    String longest = "";
    if (node == null) {
      return longest;
    }
    if (node.isObject()) {
      JsonNode body = node.get("articleBody");
      if (body != null && body.isTextual()) {
        longest = body.asText();
      }
      for (JsonNode child : node) {
        String inner = longestBody(child);
        longest = inner.length() > longest.length() ? inner : longest;
      }
    } else if (node.isArray()) {
      for (JsonNode child : node) {
        String inner = longestBody(child);
        longest = inner.length() > longest.length() ? inner : longest;
      }
    }
    return longest;
  }

  /** Lines of the body; HTML in it, which some sites leave, is read as a page fragment. */
  private static List<String> paragraphs(String body) {
    if (body.contains("</") || body.contains("<p") || body.contains("<br")) {
      Element fragment = Jsoup.parseBodyFragment(body).body();
      return TextBlocks.of(fragment, Boilerplate::isNeverText).stream()
          .map(TextBlock::text).toList();
    }
    String text = Parser.unescapeEntities(body, false);
    return Arrays.stream(text.split("\\R+")).map(s -> s.replaceAll("(?U)\\s+", " ").strip())
        .filter(s -> !s.isEmpty()).toList();
  }
}
