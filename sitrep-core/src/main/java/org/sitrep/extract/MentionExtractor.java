package org.sitrep.extract;

import java.util.List;
import org.sitrep.annotate.AnnotatedArticle;
import org.sitrep.model.Mention;

/**
 * Finds every statement of an event in an article: a trigger with its arguments from the parse,
 * counts, date and modality. Non-asserted mentions are returned too, so that they can be explained.
 */
public interface MentionExtractor {
  List<Mention> extract(AnnotatedArticle article);
}
