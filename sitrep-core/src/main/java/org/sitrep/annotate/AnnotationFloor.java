package org.sitrep.annotate;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import org.sitrep.model.Article;

/**
 * The least any CoreNLP-based coder must spend on an article: tokenize, ssplit, pos, lemma and
 * ner, with the settings and on the text parts {@link CoreNlpAnnotator} uses, and nothing else
 * (no parse, no conversion to Sitrep's records, no extraction). {@code sitrep bench} measures it
 * beside the full extraction, so the ratio of the two says how much Sitrep adds over the floor
 * in one sitting, whatever the machine's speed that day.
 *
 * <pre>{@code
 * AnnotationFloor floor = AnnotationFloor.load();
 * int tokens = floor.annotate(article);
 * }</pre>
 *
 * <p>Thread-safe: CoreNLP's annotators of these five kinds are.
 */
public final class AnnotationFloor {
  private final StanfordCoreNLP shallow;

  private AnnotationFloor(StanfordCoreNLP shallow) {
    this.shallow = shallow;
  }

  /**
   * Loads the five annotators. CoreNLP keeps annotators built from the same settings in its own
   * pool, so next to a loaded {@link CoreNlpAnnotator} this shares its models: the floor runs the
   * very objects the pipeline runs.
   */
  public static AnnotationFloor load() {
    return new AnnotationFloor(new StanfordCoreNLP(CoreNlpAnnotator.shallowProperties()));
  }

  /** Annotates the article's title and body as the pipeline does; returns the tokens seen. */
  public int annotate(Article article) {
    int tokens = 0;
    for (CoreNlpAnnotator.Part part : CoreNlpAnnotator.parts(article)) {
      Annotation document = new Annotation(part.text());
      shallow.annotate(document);
      tokens += document.get(CoreAnnotations.TokensAnnotation.class).size();
    }
    return tokens;
  }
}
