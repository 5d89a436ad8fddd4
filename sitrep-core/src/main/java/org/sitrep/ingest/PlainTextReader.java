package org.sitrep.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.sitrep.model.Article;
import org.sitrep.model.ArticleMetadata;

/**
 * TEMPORARY stand-in so that the command line compiles; the real reader replaces this file. It only
 * rejects empty, binary and non-UTF-8 input and reads no title, byline or captions.
 */
public final class PlainTextReader implements ArticleReader {
  @Override
  public Article read(ArticleInput input) throws InputProblem {
    if (input.bytes().length == 0) {
      throw new InputProblem(input.id(), "the file is empty");
    }
    for (byte b : input.bytes()) {
      if (b == 0) {
        throw new InputProblem(input.id(), "binary file, expected plain text");
      }
    }
    String text;
    try {
      text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(input.bytes()))
              .toString();
    } catch (CharacterCodingException e) {
      throw new InputProblem(input.id(), "not UTF-8 text");
    }
    if (text.isBlank()) {
      throw new InputProblem(input.id(), "the file is empty");
    }
    return new Article(
        input.id(), text, ArticleMetadata.untitled(input.source(), input.published()));
  }
}
