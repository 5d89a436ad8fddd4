package org.sitrep.eval.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.ingest.InputProblem;
import org.sitrep.model.Span;

class GeoCorpusReaderTest {
  static final String GWN = """
      <?xml version="1.0" ?>
      <articles>
        <article file="7">
          <title>Storm</title>
          <text>Rain hit Leeds and the Yorkshire Post said Britons shrugged.</text>
          <toponyms>
            <toponym>
              <extractedName>Yorkshire</extractedName><normalisedName/><type>Non_Literal_Modifier</type>
              <nonLocational>No</nonLocational><start>22</start><end>31</end>
              <geonamesID>2633352</geonamesID><latitude>54</latitude><longitude>-1.5</longitude>
            </toponym>
            <toponym>
              <extractedName>Leeds</extractedName><type>Literal</type>
              <nonLocational>No</nonLocational><start>9</start><end>14</end>
              <geonamesID/><latitude>53.79648</latitude><longitude>-1.54785</longitude>
            </toponym>
            <toponym>
              <extractedName>Britons</extractedName><type>Demonym</type>
              <nonLocational>No</nonLocational><start>43</start><end>50</end>
              <geonamesID/><latitude/><longitude/>
            </toponym>
          </toponyms>
        </article>
      </articles>
      """;

  static final String GEOVIRUS = """
      <articles>
        <article>
          <source>https://example.org/1</source>
          <text>Cases rose in Lyon; Lyon hospitals and Paris wards filled.</text>
          <locations>
            <location><name>Lyon</name><start>21</start><end>25</end>
              <lat>45.75</lat><lon>4.85</lon><page>https://en.wikipedia.org/wiki/Lyon</page></location>
            <location><name>Paris</name><start>40</start><end>45</end>
              <lat>48.85</lat><lon>2.35</lon><page>https://en.wikipedia.org/wiki/Paris</page></location>
          </locations>
        </article>
      </articles>
      """;

  @Test
  void readsGeoWebNewsToponymsInTextOrder(@TempDir Path dir) throws Exception {
    GeoCorpus corpus = GeoCorpusReader.read(write(dir, "gwn.xml", GWN));
    assertEquals("GeoWebNews", corpus.name());
    GeoArticle article = corpus.articles().get(0);
    assertEquals("7", article.id());
    assertEquals(3, article.toponyms().size());
    GoldToponym leeds = article.toponyms().get(0);
    assertEquals("Leeds", leeds.name());
    assertEquals(new Span(9, 14), leeds.span());
    assertEquals(OptionalLong.empty(), leeds.geonameId());
    assertEquals(53.79648, leeds.point().orElseThrow().latitude(), 1e-9);
    GoldToponym yorkshire = article.toponyms().get(1);
    assertEquals(OptionalLong.of(2633352), yorkshire.geonameId());
    assertEquals("Non_Literal_Modifier", yorkshire.kind());
    GoldToponym britons = article.toponyms().get(2);
    assertFalse(britons.geocoded(), "a demonym has no coordinates and is not scored");
    assertTrue(britons.namesPlace());
  }

  @Test
  void readsGeoVirusAndMendsSpansThatStartOneCharacterLate(@TempDir Path dir) throws Exception {
    GeoCorpus corpus = GeoCorpusReader.read(write(dir, "gv.xml", GEOVIRUS));
    assertEquals("GeoVirus", corpus.name());
    GeoArticle article = corpus.articles().get(0);
    String text = article.text();
    for (GoldToponym t : article.toponyms()) {
      assertEquals(t.name(), text.substring(t.span().start(), t.span().end()));
    }
    // The second "Lyon" (20) is nearer the given 21 than the first (14).
    assertEquals(new Span(20, 24), article.toponyms().get(0).span());
    assertEquals(new Span(39, 44), article.toponyms().get(1).span());
  }

  @Test
  void reportsMalformedXmlInOneLineNamingTheFile(@TempDir Path dir) throws Exception {
    Path file = write(dir, "broken.xml", "<articles><article><text>x</articles>");
    InputProblem problem = assertThrows(InputProblem.class, () -> GeoCorpusReader.read(file));
    assertTrue(problem.getMessage().startsWith(file + ": not well-formed XML at line 1"),
        problem.getMessage());
    assertFalse(problem.getMessage().contains("\n"));
    Path empty = write(dir, "empty.xml", "");
    InputProblem none = assertThrows(InputProblem.class, () -> GeoCorpusReader.read(empty));
    assertEquals(empty + ": not well-formed XML: Premature end of file.", none.getMessage());
  }

  @Test
  void namesTheRecordAndFieldThatIsWrong(@TempDir Path dir) throws Exception {
    Path file = write(dir, "bad.xml", GWN.replace("<start>9</start>", "<start>nine</start>"));
    InputProblem problem = assertThrows(InputProblem.class, () -> GeoCorpusReader.read(file));
    assertEquals(file + ": article 7, toponym 2 <start> is not a whole number: 'nine'",
        problem.getMessage());
  }

  @Test
  void refusesXmlOfAnotherLayout(@TempDir Path dir) throws Exception {
    Path file = write(dir, "other.xml", "<articles><article><text>x</text></article></articles>");
    InputProblem problem = assertThrows(InputProblem.class, () -> GeoCorpusReader.read(file));
    assertTrue(problem.getMessage().contains("neither GeoWebNews"), problem.getMessage());
  }

  @Test
  void reportsAMissingFile(@TempDir Path dir) {
    Path file = dir.resolve("none.xml");
    InputProblem problem = assertThrows(InputProblem.class, () -> GeoCorpusReader.read(file));
    assertEquals(file + ": no such file", problem.getMessage());
  }

  static Path write(Path dir, String name, String xml) throws Exception {
    Path file = dir.resolve(name);
    Files.writeString(file, xml);
    return file;
  }
}
