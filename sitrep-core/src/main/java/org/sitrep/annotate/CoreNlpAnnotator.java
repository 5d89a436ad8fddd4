package org.sitrep.annotate;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.DependencyParseAnnotator;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.time.TimeAnnotator;
import edu.stanford.nlp.util.CoreMap;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Properties;
import java.util.function.Predicate;
import org.sitrep.model.Article;
import org.sitrep.model.Span;

/**
 * Annotates with Stanford CoreNLP in two passes, chosen by measured cost: every sentence gets
 * tokens, POS, lemmas and coarse NER (about 70 ms for a 600-word report), but only the sentences
 * that {@code deepAnalysis} accepts (those with a possible event trigger) get a dependency parse
 * and SUTime dates, which would otherwise cost ten times as much.
 *
 * <p>The title and captions are blanked (replaced by spaces of the same length) before annotation,
 * so that offsets still point into the article text but no sentence comes from them.
 */
public final class CoreNlpAnnotator implements Annotator {
  private final StanfordCoreNLP shallow;
  private final DependencyParseAnnotator parser;
  private final TimeAnnotator times;
  private final Predicate<Sentence> deepAnalysis;

  /**
   * Loads the models; takes several seconds, so build one and share it across threads.
   *
   * @param deepAnalysis which sentences (with tokens, lemmas and NER filled in) to parse and date
   */
  public CoreNlpAnnotator(Predicate<Sentence> deepAnalysis) {
    this.deepAnalysis = Objects.requireNonNull(deepAnalysis, "deepAnalysis");
    this.shallow = new StanfordCoreNLP(shallowProperties());
    this.parser = new DependencyParseAnnotator(parserProperties());
    this.times = new TimeAnnotator("sutime", timeProperties());
  }

  private static Properties shallowProperties() {
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

  private static Properties parserProperties() {
    Properties p = new Properties();
    p.setProperty("model", "edu/stanford/nlp/models/parser/nndep/english_UD.gz");
    return p;
  }

  private static Properties timeProperties() {
    Properties p = new Properties();
    // The holiday rules cost as much as all the others and news of fighting seldom dates by feast.
    p.setProperty("sutime.rules",
        "edu/stanford/nlp/models/sutime/defs.sutime.txt,edu/stanford/nlp/models/sutime/english.sutime.txt");
    return p;
  }

  @Override
  public AnnotatedArticle annotate(Article article) {
    Annotation document = new Annotation(bodyText(article));
    shallow.annotate(document);
    List<CoreMap> coreSentences = document.get(CoreAnnotations.SentencesAnnotation.class);
    List<Sentence> shallowSentences = new ArrayList<>();
    List<CoreMap> deep = new ArrayList<>();
    for (int i = 0; i < coreSentences.size(); i++) {
      Sentence s = CoreNlpConversion.sentence(i, article.text(), coreSentences.get(i));
      shallowSentences.add(s);
      if (deepAnalysis.test(s)) {
        deep.add(coreSentences.get(i));
      }
    }
    if (deep.isEmpty()) {
      return new AnnotatedArticle(article, shallowSentences);
    }
    analyseDeeply(deep, article.metadata().published().orElse(null));
    List<Sentence> sentences = new ArrayList<>(shallowSentences.size());
    for (int i = 0; i < coreSentences.size(); i++) {
      CoreMap core = coreSentences.get(i);
      sentences.add(
          deep.contains(core)
              ? CoreNlpConversion.sentence(i, article.text(), core)
              : shallowSentences.get(i));
    }
    return new AnnotatedArticle(article, sentences);
  }

  private void analyseDeeply(List<CoreMap> sentences, LocalDate published) {
    Annotation subset = new Annotation("");
    subset.set(CoreAnnotations.SentencesAnnotation.class, sentences);
    parser.annotate(subset);
    List<CoreMap> dated = sentences.stream().filter(CoreNlpAnnotator::mentionsTime).toList();
    if (dated.isEmpty()) {
      return;
    }
    subset = new Annotation("");
    subset.set(CoreAnnotations.SentencesAnnotation.class, dated);
    // Without a publication date SUTime still finds "on Tuesday" but cannot anchor it: the value
    // stays relative (XXXX-WXX-2), so the date is reported as unresolved, never guessed.
    if (published != null) {
      subset.set(CoreAnnotations.DocDateAnnotation.class, published.toString());
    }
    times.annotate(subset);
  }

  /** SUTime is the dearest step: run it only where a word can start a date. */
  private static boolean mentionsTime(CoreMap sentence) {
    for (CoreLabel t : tokens(sentence)) {
      if (TimeCue.startsDate(t.word())) {
        return true;
      }
    }
    return false;
  }

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
