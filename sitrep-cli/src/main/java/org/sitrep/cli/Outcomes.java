package org.sitrep.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.Optional;
import org.sitrep.model.Article;
import org.sitrep.pipeline.Batch;

/**
 * Where a command's batch outcomes go: each article worked on to the command's handler; a bad
 * item, a bug or an article in another language to one line on stderr; the counts to the exit
 * code and a closing line.
 *
 * <pre>{@code
 * Outcomes<ExtractionResult> outcomes = new Outcomes<>(err, (input, article, result) -> ...);
 * batch.run(files, options, outcomes);
 * return outcomes.status();
 * }</pre>
 */
final class Outcomes<R> implements Batch.Sink<R> {
  /** What the command does with an article it worked on. */
  @FunctionalInterface
  interface Handler<R> {
    /** @param input the input as named on the command line, which held the article */
    void done(String input, Article article, R result) throws IOException;
  }

  private final PrintWriter err;
  private final Handler<R> handler;
  private int done;
  private int failed;
  private int bugs;
  private int otherLanguage;

  Outcomes(PrintWriter err, Handler<R> handler) {
    this.err = err;
    this.handler = handler;
  }

  @Override
  public void accept(Batch.Outcome<R> outcome) throws IOException {
    if (outcome instanceof Batch.Done<R> d) {
      done++;
      handler.done(d.input(), d.article(), d.result());
    } else if (outcome instanceof Batch.Skipped<R> s) {
      otherLanguage++;
      say(s.why());
    } else if (outcome instanceof Batch.Failed<R> f) {
      failed++;
      bugs += f.bug() ? 1 : 0;
      say(f.message());
    }
  }

  private void say(String line) {
    err.println("sitrep: " + line);
    err.flush();
  }

  int done() {
    return done;
  }

  int failed() {
    return failed;
  }

  /** 1 if Sitrep failed on an article (a bug), else 2 if an input could not be read, else 0. */
  int status() {
    return bugs > 0 ? ErrorReport.BUG : failed > 0 ? ErrorReport.USAGE : 0;
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
