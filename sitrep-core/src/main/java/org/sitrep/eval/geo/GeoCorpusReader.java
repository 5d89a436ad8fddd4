package org.sitrep.eval.geo;

import java.nio.file.Path;
import org.sitrep.ingest.InputProblem;
import org.w3c.dom.Element;

/**
 * Reads a geocoding gold corpus, telling the format from its articles: GeoWebNews articles hold
 * {@code <toponyms>}, GeoVirus articles {@code <locations>}.
 */
public final class GeoCorpusReader {
  private GeoCorpusReader() {}

  /**
   * The corpus in the file.
   *
   * @throws InputProblem naming the file and the problem: missing, malformed XML, an unknown
   *     layout, or a record lacking a field
   */
  public static GeoCorpus read(Path file) throws InputProblem {
    Element root = GeoXml.root(file);
    GeoXml xml = new GeoXml(file.toString());
    if (!root.getTagName().equals("articles")) {
      throw new InputProblem(file.toString(),
          "expected <articles> as the root element, found <" + root.getTagName() + ">");
    }
    for (Element article : GeoXml.children(root, "article")) {
      if (GeoXml.child(article, "toponyms").isPresent()) {
        return new GeoCorpus("GeoWebNews", GeoWebNewsReader.read(root, xml));
      }
      if (GeoXml.child(article, "locations").isPresent()) {
        return new GeoCorpus("GeoVirus", GeoVirusReader.read(root, xml));
      }
    }
    throw new InputProblem(file.toString(), "neither GeoWebNews (article/toponyms/toponym) nor"
        + " GeoVirus (article/locations/location): no article holds either");
  }
}
