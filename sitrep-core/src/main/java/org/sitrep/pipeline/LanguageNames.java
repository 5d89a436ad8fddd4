package org.sitrep.pipeline;

import java.util.Locale;

/** A language code as a person reads it in a message: "French (fr)". */
final class LanguageNames {
  private LanguageNames() {}

  static String of(String code) {
    String name = Locale.forLanguageTag(code).getDisplayLanguage(Locale.ENGLISH);
    return name.isBlank() || name.equals(code) ? "language " + code : name + " (" + code + ")";
  }
}
