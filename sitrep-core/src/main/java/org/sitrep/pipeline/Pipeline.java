package org.sitrep.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.sitrep.annotate.AnnotatedArticle;
import org.sitrep.annotate.Annotator;
import org.sitrep.annotate.CoreNlpAnnotator;
import org.sitrep.extract.EventDetector;
import org.sitrep.extract.MentionExtractor;
import org.sitrep.extract.ParseMentionExtractor;
import org.sitrep.extract.TriggerLexicon;
import org.sitrep.merge.ArticleMerger;
import org.sitrep.merge.EventReader;
import org.sitrep.merge.Merged;
import org.sitrep.model.Article;
import org.sitrep.model.Event;
import org.sitrep.model.Mention;
import org.sitrep.model.Rejection;
import org.sitrep.actor.ActorKnowledgeBase;
import org.sitrep.actor.ActorTables;
import org.sitrep.normalize.Coding;
import org.sitrep.normalize.EventCodebook;
import org.sitrep.place.Gazetteers;
import org.sitrep.place.PlaceRanker;
import org.sitrep.normalize.MentionCoder;
import java.util.Optional;
import org.sitrep.typing.AveragedTyper;
import org.sitrep.typing.LearnedDetector;
import org.sitrep.typing.ModelTyper;
import org.sitrep.typing.SubEventTyper;

/**
 * The whole extraction, article in, events out: annotate, extract mentions, code them (actors,
 * places, dates, types), merge mentions of one event. Thread-safe: one instance serves all threads.
 *
 * <pre>{@code
 * Pipeline pipeline = Pipeline.loadDefault();
 * ExtractionResult result = pipeline.extract(article);
 * }</pre>
 */
public final class Pipeline {
  private final Annotator annotator;
  private final MentionExtractor extractor;
  private final MentionCoder coder;
  private final ArticleMerger merger;

  public Pipeline(Annotator annotator, MentionExtractor extractor, MentionCoder coder,
      ArticleMerger merger) {
    this.annotator = annotator;
    this.extractor = extractor;
    this.coder = coder;
    this.merger = merger;
  }

  /** {@link #load} with the default data directory (SITREP_HOME, else ~/.sitrep). */
  public static Pipeline loadDefault() {
    return load(SitrepConfig.defaults());
  }

  /**
   * Loads the bundled models and data, and the gazetteer of the data directory (built there from
   * the bundled files on first use); takes seconds, so load once and share.
   *
   * @throws UncheckedIOException when the data directory cannot be written or read, naming it
   * @throws org.sitrep.actor.ActorTableException when a user's actor table is malformed, naming
   *     its file and line
   * @throws org.sitrep.typing.TypeModelException when a user's type model is missing or damaged
   */
  public static Pipeline load(SitrepConfig config) {
    ActorKnowledgeBase actors = ActorTables.of(config.actorTables());
    PlaceRanker places = placeRanker(config);
    Optional<SubEventTyper> typer = typer(config.typing());
    Optional<LearnedDetector> learned = config.typing().detects()
        ? typer.map(LearnedDetector::new) : Optional.empty();
    EventDetector detector = learned.<EventDetector>map(d -> d).orElse(EventDetector.NONE);
    // The detector's bar also keeps a mention nothing in its words grounds.
    EventReader reader = learned.<EventReader>map(d -> d::vouch).orElse(EventReader.NONE);
    ParseMentionExtractor extractor =
        new ParseMentionExtractor(TriggerLexicon.loadDefault(), detector);
    MentionCoder coder = new MentionCoder(actors, places, EventCodebook.loadDefault(),
        typer, config.typing().decides());
    // Only sentences that may describe an event are parsed: the parse is most of the cost.
    Annotator annotator = new CoreNlpAnnotator(extractor::mayDescribeEvent);
    return new Pipeline(annotator, extractor, coder, new ArticleMerger(reader));
  }

  /**
   * The place ranker over the data directory's gazetteer, as the pipeline places events with it;
   * for tools that place names without extracting events ({@code eval geo}, {@code gazetteer
   * lookup}). Opens the gazetteer: share it.
   *
   * @throws UncheckedIOException when the data directory cannot be written or read, naming it
   */
  public static PlaceRanker placeRanker(SitrepConfig config) {
    try {
      return new PlaceRanker(Gazetteers.openDefault(config.dataDir(), System.err::println));
    } catch (IOException e) {
      // A file-system error's message is only the path it failed on; say what failed there.
      String why = e instanceof java.nio.file.FileSystemException f
          ? "cannot write or read " + f.getFile()
              + (f.getReason() == null ? "" : " (" + f.getReason() + ")")
          : e.getMessage();
      throw new UncheckedIOException(
          config.dataDir() + ": cannot open the gazetteer: " + why, e);
    }
  }

  /**
   * The learned typer a configuration asks for: the shipped models, the user's model files
   * (averaged when there are several), or none when the rules type alone. Loads an embedding
   * model for each (a second or two each): share it.
   *
   * @throws org.sitrep.typing.TypeModelException when the model file is missing, damaged or made
   *     for another embedder, naming it
   */
  public static Optional<SubEventTyper> typer(SitrepConfig.Typing typing) {
    if (!typing.learned()) {
      return Optional.empty();
    }
    if (typing.models().isEmpty()) {
      return Optional.of(AveragedTyper.loadDefault());
    }
    if (typing.models().size() == 1) {
      return Optional.of(ModelTyper.load(typing.models().get(0)));
    }
    return Optional.of(AveragedTyper.load(typing.models()));
  }

  public ExtractionResult extract(Article article) {
    AnnotatedArticle annotated = annotator.annotate(article);
    List<Mention> mentions = extractor.extract(annotated);
    Coding coding = coder.code(annotated, mentions);
    Merged merged = merger.merge(coding.candidates(), article.metadata().published(), coding.story());
    List<Rejection> rejections = new ArrayList<>(coding.rejections());
    rejections.addAll(merged.rejections());
    List<Event> events = coder.advise(merged.events()).stream().map(coder::withCodes).toList();
    return new ExtractionResult(events, rejections, annotated.tokenCount());
  }
}
