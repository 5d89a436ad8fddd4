package org.sitrep.actor;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Words one of which a story must say for something to apply to it ("cartel|gang", "OSCE
 * SMM|contact line"): matched in any case, as whole words.
 *
 * @param words the words, as written in the table
 * @param pattern any of the words, in any case, on word boundaries
 */
public record StoryWords(List<String> words, Pattern pattern) {

  public StoryWords {
    words = List.copyOf(words);
  }

  /** The words of a "|"-separated cell; empty when the cell lists none. */
  public static Optional<StoryWords> of(String cell) {
    List<String> words = Arrays.stream(cell.split("\\|")).map(String::strip)
        .filter(w -> !w.isEmpty()).toList();
    if (words.isEmpty()) {
      return Optional.empty();
    }
    String any = String.join("|", words.stream().map(Pattern::quote).toList());
    return Optional.of(new StoryWords(words,
        Pattern.compile("\\b(" + any + ")\\b", Pattern.CASE_INSENSITIVE)));
  }

  /** The first of the words the text says, as the text writes it. */
  public Optional<String> firstIn(String text) {
    Matcher m = pattern.matcher(text);
    return m.find() ? Optional.of(m.group()) : Optional.empty();
  }

  @Override
  public String toString() {
    return String.join("|", words);
  }
}
