package org.sitrep.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class LanguagesTest {
  private final Languages languages = new Languages();

  @Test
  void tellsEnglishFromTheLanguagesOfConflictNews() {
    assertEquals(Optional.of("en"), languages.detect(
        "Fighting resumed on Tuesday on the outskirts of the town, where government troops and"
            + " rebel fighters exchanged fire for several hours, residents said."));
    assertEquals(Optional.of("fr"), languages.detect(
        "Des combats ont repris mardi à la périphérie de la ville, où les soldats et les rebelles"
            + " ont échangé des tirs pendant plusieurs heures, selon des habitants."));
    assertEquals(Optional.of("es"), languages.detect(
        "Los combates se reanudaron el martes en las afueras de la ciudad, donde soldados y"
            + " rebeldes intercambiaron disparos durante varias horas, según los vecinos."));
    assertEquals(Optional.of("ru"), languages.detect(
        "Во вторник на окраине города возобновились бои: военные и повстанцы несколько часов"
            + " вели перестрелку, сообщили местные жители."));
    assertEquals(Optional.of("ar"), languages.detect(
        "تجددت الاشتباكات يوم الثلاثاء في أطراف المدينة حيث تبادل الجنود والمسلحون إطلاق النار"
            + " لعدة ساعات بحسب السكان."));
  }

  @Test
  void aShortEnglishSentenceThatNearlyTiesAnotherLanguageIsEnglish() {
    assertEquals(Optional.of("en"), languages.detect(
        "Gunmen attacked a police post in Zamfara on Sunday and killed two officers."));
    assertEquals(Optional.of("en"), languages.detect(
        "Fulani herdsmen attacked farmers in Benue on Monday, killing six."));
    assertEquals(Optional.of("fr"), languages.detect(
        "Des hommes armés ont attaqué un poste de police à Zamfara dimanche et tué deux agents."));
    assertEquals(Optional.of("es"), languages.detect(
        "Hombres armados atacaron un puesto de policía en Zamfara el domingo y mataron a dos"
            + " agentes."));
    assertEquals(Optional.of("de"), languages.detect(
        "Bewaffnete griffen am Sonntag einen Polizeiposten in Zamfara an und töteten zwei Beamte."));
  }

  @Test
  void saysNothingAboutTooLittleText() {
    assertEquals(Optional.empty(), languages.detect("Clashes in Kidal"));
    assertEquals(Optional.empty(), languages.detect("   "));
  }
}
