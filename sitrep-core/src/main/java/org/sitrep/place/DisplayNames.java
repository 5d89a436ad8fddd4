package org.sitrep.place;

import java.text.Normalizer;
import java.util.regex.Pattern;

/** How a gazetteer writes a place's name for people: as ACLED writes locations. */
final class DisplayNames {
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern TRANSLITERATION_MARKS = Pattern.compile("[ʿʾʻʼ‘]");

  private DisplayNames() {}

  /** Transliteration marks dropped ("Albu Kamal" for "Albū Kamāl"), as ACLED writes locations. */
  static String of(String name) {
    if (isAscii(name)) {
      return name;
    }
    String decomposed = Normalizer.normalize(name, Normalizer.Form.NFKD);
    return TRANSLITERATION_MARKS.matcher(MARKS.matcher(decomposed).replaceAll("")).replaceAll("");
  }

  private static boolean isAscii(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) > 127) {
        return false;
      }
    }
    return true;
  }
}
