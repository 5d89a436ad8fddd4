package org.sitrep.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.sitrep.ingest.BodyText;
import org.sitrep.ingest.source.ReadOptions;
import org.sitrep.model.Article;
import org.sitrep.model.ArticleMetadata;
import org.sitrep.model.Span;
import org.sitrep.pipeline.Batch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code sitrep read}: what the reader took from each input, one JSON object per article, so a
 * person can see why an article was coded as it was: its title, date and where the date came
 * from, publisher, address, dateline, byline, language, captions and body text.
 */
@Command(
    name = "read",
    mixinStandardHelpOptions = true,
    versionProvider = SitrepVersion.class,
    description = "Print what Sitrep reads from each input (text, web page, JSON Lines, WARC, "
        + "CSV, feed or URL) as JSON Lines: title, published, published_from, source, url, "
        + "dateline, byline, language, captions, text.")
final class ReadCommand implements Callable<Integer> {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Spec CommandSpec spec;

  @Mixin ThreadsOption threads;

  @Parameters(
      arity = "1..*",
      paramLabel = "FILE|URL",
      description = "Inputs, as extract takes them; - reads standard input.")
  List<String> inputs;

  /** Standard input; a field so that tests can give their own. */
  InputStream stdin = System.in;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Outcomes<Article> outcomes = new Outcomes<>(err, (input, article, same) -> {
      out.println(JSON.writeValueAsString(json(input, article)));
      out.flush();
    });
    try {
      new Batch<Article>(Main.articleReader(), article -> article, threads.count(spec), false)
          .run(inputs, new ReadOptions(Optional.empty(), "", stdin), outcomes);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return outcomes.status();
  }

  static ObjectNode json(String input, Article article) {
    ArticleMetadata m = article.metadata();
    ObjectNode n = JSON.createObjectNode();
    n.put("input", input);
    n.put("id", article.id());
    n.put("title", m.title());
    n.put("published", m.published().map(Object::toString).orElse(null));
    n.put("published_from", m.publishedFrom().label());
    n.put("source", m.source());
    n.put("url", m.url().orElse(null));
    n.put("dateline", m.datelinePlace().orElse(null));
    n.put("byline", m.byline().orElse(null));
    n.put("language", m.language().orElse(null));
    ArrayNode captions = n.putArray("captions");
    for (Span span : m.captions()) {
      captions.add(article.text().substring(span.start(), span.end()));
    }
    n.put("text", BodyText.of(article));
    return n;
  }
}
