package org.sitrep.annotate;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.semgraph.SemanticGraphFactory;
import edu.stanford.nlp.semgraph.SemanticGraphFactory.Mode;
import edu.stanford.nlp.trees.GrammaticalStructure;
import edu.stanford.nlp.trees.GrammaticalStructure.Extras;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import org.sitrep.model.Article;

/** Copies what Sitrep needs out of CoreNLP's annotation maps into Sitrep's records. */
final class CoreNlpConversion {
  private CoreNlpConversion() {}

  static Sentence sentence(int index, Article article, CoreMap core) {
    return sentence(index, article, core, 0);
  }

  /**
   * @param shift where the annotated text starts in the article: 0 for the body, which is
   *     annotated in place, the title's start for the title, which is annotated on its own
   */
  static Sentence sentence(int index, Article article, CoreMap core, int shift) {
    String articleText = article.text();
    List<CoreLabel> labels = core.get(CoreAnnotations.TokensAnnotation.class);
    List<Token> tokens = new ArrayList<>(labels.size());
    for (int i = 0; i < labels.size(); i++) {
      tokens.add(token(i, labels.get(i), shift));
    }
    int start = core.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class) + shift;
    int end = core.get(CoreAnnotations.CharacterOffsetEndAnnotation.class) + shift;
    return new Sentence(
        index,
        start,
        end,
        articleText.substring(start, end),
        tokens,
        dependencies(core.get(SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class)),
        dependencies(core.get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class)),
        NewsDates.find(articleText.substring(start, end), start, article.metadata().published()));
  }

  /** The sentence with the parse: the enhanced++ graph and the basic tree made from it. */
  static Sentence parsed(Sentence shallow, GrammaticalStructure parse) {
    Sentence raw = shallow.withParse(
        dependencies(SemanticGraphFactory.makeFromTree(parse, Mode.ENHANCED_PLUS_PLUS, Extras.NONE, null)),
        dependencies(SemanticGraphFactory.makeFromTree(parse, Mode.BASIC, Extras.NONE, null)));
    // Reduced relatives are read again once the attribution is mended: "gunmen armed with
    // machetes attacked a camp ..., an official said" shows its participle as the clause's head
    // only after the speaker's verb is set beside it.
    Sentence mended = Attributions.mend(ObjectsReadAsSubjects.mend(RaisedObjects.lower(
        GerundsJoinedToNumbers.mend(VerbsReadAsAuxiliaries.mend(ResultClauses.mend(
            ReducedRelatives.mend(GroupsLeftHarmed.mend(BracketedObjects.mend(
                DivisionListsReadAsHeads.mend(LoneIndirectObjects.mend(raw)))))))))));
    // "said a counter-offensive supported by aircraft had killed": the reduced relative's mend
    // may leave the clause hung on the participle; it goes back to the verb of saying last.
    return ClausesReadAsObjects.mend(ReducedRelatives.mend(mended));
  }

  private static Token token(int index, CoreLabel label, int shift) {
    String lemma = label.lemma() == null ? label.word().toLowerCase(java.util.Locale.ROOT) : label.lemma();
    String ner = label.ner() == null ? "O" : label.ner();
    return new Token(index, label.word(), lemma, label.tag(), ner, label.beginPosition() + shift,
        label.endPosition() + shift);
  }

  private static List<Dependency> dependencies(SemanticGraph graph) {
    if (graph == null) {
      return List.of();
    }
    List<Dependency> deps = new ArrayList<>();
    graph.getRoots().forEach(r -> deps.add(new Dependency(-1, r.index() - 1, "root")));
    for (SemanticGraphEdge edge : graph.edgeIterable()) {
      deps.add(
          new Dependency(
              edge.getGovernor().index() - 1,
              edge.getDependent().index() - 1,
              edge.getRelation().toString()));
    }
    return deps;
  }
}
