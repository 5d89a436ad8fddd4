package org.sitrep.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.sitrep.ingest.ArticleReader;
import org.sitrep.ingest.ArticleSource;
import org.sitrep.ingest.InputProblem;
import org.sitrep.ingest.SourceItem;
import org.sitrep.ingest.source.ReadOptions;
import org.sitrep.ingest.source.Sources;
import org.sitrep.model.Article;

/**
 * The articles of the inputs named on a command line, read one at a time and handed on: files,
 * URLs, feeds, crawls and standard input alike. A bad item or an article not in English is one line
 * on stderr and the rest go on; the counts say how the run went.
 *
 * <pre>{@code
 * Inputs inputs = new Inputs(Main.articleReader(), options, err);
 * inputs.each(files, (input, article) -> writer.write(article.id(), pipeline.extract(article)));
 * int status = inputs.failed() > 0 ? ErrorReport.USAGE : 0;
 * }</pre>
 */
final class Inputs {
  /** What is done with each article read. */
  @FunctionalInterface
  interface Sink {
    /** @param input the input as named on the command line, which held the article */
    void accept(String input, Article article) throws java.io.IOException;
  }

  private final ArticleReader reader;
  private final ReadOptions options;
  private final PrintWriter err;
  private final boolean englishOnly;
  private int read;
  private int failed;
  private int otherLanguage;

  /**
   * @param englishOnly true to skip articles detected in another language (extraction reads
   *     English only); false to hand every article on ({@code read} shows them all)
   */
  Inputs(ArticleReader reader, ReadOptions options, PrintWriter err, boolean englishOnly) {
    this.reader = reader;
    this.options = options;
    this.err = err;
    this.englishOnly = englishOnly;
  }

  void each(List<String> names, Sink sink) throws java.io.IOException {
    for (String name : names) {
      try (ArticleSource source = Sources.open(name, options)) {
        for (Optional<SourceItem> item = source.next(); item.isPresent(); item = source.next()) {
          one(name, item.get(), sink);
        }
      }
    }
  }

  private void one(String name, SourceItem item, Sink sink) throws java.io.IOException {
    if (item instanceof SourceItem.Broken broken) {
      fail(broken.message());
      return;
    }
    Article article;
    try {
      article = reader.read(((SourceItem.Found) item).input());
    } catch (InputProblem problem) {
      fail(problem.getMessage());
      return;
    }
    Optional<String> language = article.metadata().language();
    if (englishOnly && language.isPresent() && !language.get().equals("en")) {
      otherLanguage++;
      err.println("sitrep: " + article.id() + ": in " + languageName(language.get())
          + ", not English; skipped");
      err.flush();
      return;
    }
    read++;
    sink.accept(name, article);
  }

  private void fail(String message) {
    failed++;
    err.println("sitrep: " + message);
    err.flush();
  }

  static String languageName(String code) {
    String name = Locale.forLanguageTag(code).getDisplayLanguage(Locale.ENGLISH);
    return name.isBlank() || name.equals(code) ? "language " + code : name + " (" + code + ")";
  }

  /** Articles read and handed on. */
  int read() {
    return read;
  }

  /** Items that could not be read. */
  int failed() {
    return failed;
  }

  /** Articles skipped because they are not in English. */
  int otherLanguage() {
    return otherLanguage;
  }

  /** One line for the end of a run that skipped articles in other languages; empty if none. */
  Optional<String> languageSummary() {
    if (otherLanguage == 0) {
      return Optional.empty();
    }
    return Optional.of(String.format(Locale.ROOT, "sitrep: %d article%s not in English skipped",
        otherLanguage, otherLanguage == 1 ? "" : "s"));
  }
}
