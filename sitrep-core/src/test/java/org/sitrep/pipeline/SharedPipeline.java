package org.sitrep.pipeline;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Optional;
import org.sitrep.ingest.ArticleInput;
import org.sitrep.ingest.InputProblem;
import org.sitrep.ingest.PlainTextReader;

/** One pipeline for all integration tests of a JVM: loading the models takes seconds. */
final class SharedPipeline {
  private static final class Holder {
    static final Pipeline PIPELINE = Pipeline.loadDefault();
  }


  /** With the detector off; CoreNLP shares its models between the two pipelines. */
  private static final class TriggerWordsHolder {
    static final Pipeline PIPELINE = Pipeline.load(SitrepConfig.defaults().withTyping(
        SitrepConfig.Typing.DEFAULT.detecting(false)));
  }

  private SharedPipeline() {}

  /** Reads a saved web page as a user's page is read (its own date) and extracts it. */
  static ExtractionResult extractPage(byte[] html) {
    try {
      var article = new org.sitrep.ingest.ArticleReaders().read(new ArticleInput("page.html", html,
          Optional.empty(), "", org.sitrep.ingest.InputKind.HTML, org.sitrep.ingest.Hints.NONE));
      return Holder.PIPELINE.extract(article);
    } catch (InputProblem e) {
      throw new AssertionError(e.getMessage(), e);
    }
  }

  static ExtractionResult extract(String text, String published) {
    return extract(Holder.PIPELINE, text, published);
  }

  /** The events a report written for a test tells. */
  static java.util.List<org.sitrep.model.Event> events(String text, String published) {
    return extract(text, published).events();
  }

  /** An actor's name, or "" when the event has none there. */
  static String name(Optional<org.sitrep.model.Actor> actor) {
    return actor.map(org.sitrep.model.Actor::name).orElse("");
  }

  /** The one event a report written for a test tells; fails, listing them, if it tells more. */
  static org.sitrep.model.Event only(String text, String published) {
    var events = extract(text, published).events();
    org.junit.jupiter.api.Assertions.assertEquals(1, events.size(),
        () -> text + "\nevents: " + events);
    return events.get(0);
  }

  /** Each report tells one event, of this sub-event type; a failure names the report. */
  static void eachTyped(org.sitrep.model.SubEventType expected, String published,
      String... texts) {
    for (String text : texts) {
      org.junit.jupiter.api.Assertions.assertEquals(expected, only(text, published).subEventType(),
          text);
    }
  }

  /** No report tells an event; a failure names the report and what was found. */
  static void noEventIn(String published, String... texts) {
    for (String text : texts) {
      org.junit.jupiter.api.Assertions.assertEquals(java.util.List.of(),
          extract(text, published).events(), text);
    }
  }

  /** {@link #extract} with the detector off ({@code --no-detect}): the trigger words alone. */
  static ExtractionResult extractWithoutDetector(String text, String published) {
    return extract(TriggerWordsHolder.PIPELINE, text, published);
  }

  private static ExtractionResult extract(Pipeline pipeline, String text, String published) {
    try {
      Optional<LocalDate> date = published == null ? Optional.empty() : Optional.of(LocalDate.parse(published));
      var article = new PlainTextReader().read(
          new ArticleInput("test", text.getBytes(StandardCharsets.UTF_8), date, "test"));
      return pipeline.extract(article);
    } catch (InputProblem e) {
      throw new AssertionError(e.getMessage(), e);
    }
  }
}
