package org.sitrep.annotate;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Properties;
import java.util.function.Predicate;
import org.sitrep.model.Article;
import org.sitrep.model.Span;

/**
 * Annotates with Stanford CoreNLP in two passes, chosen by measured cost: every sentence gets
 * tokens, POS, lemmas and coarse NER (about 40 ms for a 450-token report), but only the sentences
 * that {@code deepAnalysis} accepts (those with a possible event trigger) get a dependency parse
 * (about a millisecond a sentence with Sitrep's scorer, {@link TransitionScorer}). Dates come
 * from {@link NewsDates}, anchored on the publication date.
 *
 * <p>The title and captions are blanked (replaced by spaces of the same length) before annotation,
 * so that offsets still point into the article text but no sentence comes from them.
 */
public final class CoreNlpAnnotator implements Annotator {
  private final StanfordCoreNLP shallow;
  private final DependencyParser parser;
  private final Predicate<Sentence> deepAnalysis;

  /**
   * How many of the parser's less frequent features keep their hidden-layer vector once computed
   * (CoreNLP keeps 5,000). News names many rare words, and a feature not kept is computed again
   * (its 50 embedding values through a 1,000 x 50 block of the first layer) on its next use: with
   * 100,000 the parse's share of {@code sitrep bench} fell by about a tenth when CoreNLP computed
   * them (floor_ratio 0.287 to 0.320; bench repeats its articles, so a stream of new articles
   * gains less). At most 100,000 vectors of 1,000 floats, 400 MB, as under CoreNLP's own cache;
   * the 20,000 computed at load take 80 MB, where CoreNLP kept them in doubles, 160 MB.
   */
  private static final int PARSER_CACHED_FEATURES = 100_000;
  /** How many of the parser's most frequent features have their vector computed at load. */
  private static final int PARSER_FREQUENT_FEATURES = 20_000;
  private static final String PARSER_MODEL = "edu/stanford/nlp/models/parser/nndep/english_UD.gz";

  /**
   * Loads the models; takes several seconds, so build one and share it across threads.
   *
   * @param deepAnalysis which sentences (with tokens, lemmas, NER and dates filled in) to parse
   */
  public CoreNlpAnnotator(Predicate<Sentence> deepAnalysis) {
    this.deepAnalysis = Objects.requireNonNull(deepAnalysis, "deepAnalysis");
    this.shallow = new StanfordCoreNLP(shallowProperties());
    // The parser is called directly, not through CoreNLP's annotator, which would also build three
    // graphs Sitrep never reads (collapsed, CC-processed, enhanced): a sixth of the parse's time.
    this.parser = parser();
  }

  /** CoreNLP's parser with Sitrep's scorer, or, should a CoreNLP release refuse it, its own. */
  private static DependencyParser parser() {
    Properties scoredHere = new Properties();
    // CoreNLP's own classifier is replaced at once (TransitionScorer), so it need not compute
    // its table of frequent features at load (a second, and 160 MB).
    scoredHere.setProperty("numPreComputed", "0");
    DependencyParser parser = DependencyParser.loadFromModelFile(PARSER_MODEL, scoredHere);
    if (TransitionScorer.install(parser, PARSER_FREQUENT_FEATURES, PARSER_CACHED_FEATURES)) {
      return parser;
    }
    // The same parses, at CoreNLP's own speed (about four times the time), with its table.
    Properties own = new Properties();
    own.setProperty("numPreComputed", Integer.toString(PARSER_FREQUENT_FEATURES));
    own.setProperty("numCached", Integer.toString(PARSER_CACHED_FEATURES));
    return DependencyParser.loadFromModelFile(PARSER_MODEL, own);
  }

  /**
   * An annotator that parses no sentence: every sentence still gets tokens, lemmas and NER, which
   * is all that finding names needs (toponyms for {@code eval geo}), at a fraction of the cost.
   */
  public static CoreNlpAnnotator withoutParse() {
    return new CoreNlpAnnotator(s -> false);
  }

  /** The five annotators every sentence gets; {@link AnnotationFloor} runs the same. */
  static Properties shallowProperties() {
    Properties p = new Properties();
    p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner");
    // A blank line ends a sentence: headlines, bylines and list items carry no full stop.
    p.setProperty("ssplit.newlineIsSentenceBreak", "two");
    p.setProperty("ner.useSUTime", "false");
    p.setProperty("ner.applyFineGrained", "false");
    p.setProperty("ner.applyNumericClassifiers", "false");
    p.setProperty("ner.buildEntityMentions", "false");
    p.setProperty("ner.model", "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz");
    return p;
  }


  /**
   * The headline is annotated on its own, ahead of the body: set apart in the text it would
   * otherwise run on into the lead ("7 militants killed in blasts" over "KANDAHAR (Xinhua) --").
   */
  @Override
  public AnnotatedArticle annotate(Article article) {
    List<CoreMap> coreSentences = new ArrayList<>();
    List<Integer> shifts = new ArrayList<>();
    for (Part part : parts(article)) {
      Annotation document = new Annotation(part.text());
      shallow.annotate(document);
      for (CoreMap core : document.get(CoreAnnotations.SentencesAnnotation.class)) {
        List<CoreLabel> tokens = core.get(CoreAnnotations.TokensAnnotation.class);
        NounsTaggedAsVerbs.mend(tokens);
        VerbsTaggedAsNouns.mend(tokens);
        BatonCharges.mend(tokens);
        MinesTaggedAsPronouns.mend(tokens);
        PastTensesTaggedAsParticiples.mend(tokens);
        ApproximatorsTaggedAsPrepositions.mend(tokens);
        ParticiplesAfterNumbers.mend(tokens);
        coreSentences.add(core);
        shifts.add(part.shift());
      }
    }
    List<Sentence> shallowSentences = new ArrayList<>();
    List<Integer> deep = new ArrayList<>();
    for (int i = 0; i < coreSentences.size(); i++) {
      Sentence s = CoreNlpConversion.sentence(i, article, coreSentences.get(i), shifts.get(i));
      shallowSentences.add(s);
      if (deepAnalysis.test(s)) {
        deep.add(i);
      }
    }
    List<Sentence> sentences = new ArrayList<>(shallowSentences);
    for (int i : deep) {
      sentences.set(i, CoreNlpConversion.parsed(sentences.get(i), parser.predict(coreSentences.get(i))));
    }
    return new AnnotatedArticle(article, sentences);
  }

  /** The title (when there is one) and the body, each annotated at once. */
  static List<Part> parts(Article article) {
    Span title = article.metadata().titleSpan();
    List<Part> parts = new ArrayList<>();
    if (title.length() > 0) {
      parts.add(new Part(article.text().substring(title.start(), title.end()), title.start()));
    }
    parts.add(new Part(bodyText(article), 0));
    return parts;
  }

  /** A stretch of the article annotated at once, and where it starts in the article. */
  record Part(String text, int shift) {}

  /** The article text with non-body spans replaced by spaces, so offsets are unchanged. */
  static String bodyText(Article article) {
    char[] chars = article.text().toCharArray();
    for (Span span : article.nonBody()) {
      for (int i = span.start(); i < span.end() && i < chars.length; i++) {
        if (chars[i] != '\n' && chars[i] != '\r') {
          chars[i] = ' ';
        }
      }
    }
    return new String(chars);
  }

  static List<CoreLabel> tokens(CoreMap sentence) {
    return sentence.get(CoreAnnotations.TokensAnnotation.class);
  }
}
