package org.sitrep.eval.geo;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.sitrep.ingest.InputProblem;
import org.w3c.dom.Element;

/**
 * GeoVirus (Gritta et al. 2018): article/text and article/locations/location with name, start,
 * end, lat, lon and a Wikipedia page. Every location is geocoded; none has a GeoNames id. The
 * spans start one character late, which {@link GoldSpans#align} mends.
 */
final class GeoVirusReader {
  private GeoVirusReader() {}

  static List<GeoArticle> read(Element root, GeoXml xml) throws InputProblem {
    List<GeoArticle> articles = new ArrayList<>();
    List<Element> elements = GeoXml.children(root, "article");
    for (int a = 0; a < elements.size(); a++) {
      Element article = elements.get(a);
      String id = String.valueOf(a);
      String where = "article " + (a + 1);
      String text = xml.text(article, "text", where);
      List<GoldToponym> toponyms = new ArrayList<>();
      Optional<Element> list = GeoXml.child(article, "locations");
      List<Element> items = list.map(l -> GeoXml.children(l, "location")).orElse(List.of());
      for (int t = 0; t < items.size(); t++) {
        toponyms.add(location(items.get(t), text, xml, where + ", location " + (t + 1)));
      }
      toponyms.sort(java.util.Comparator.comparingInt(g -> g.span().start()));
      articles.add(new GeoArticle(id, text, toponyms));
    }
    return articles;
  }

  private static GoldToponym location(Element e, String text, GeoXml xml, String where)
      throws InputProblem {
    String name = xml.text(e, "name", where).strip();
    int start = xml.integer(e, "start", where);
    int end = xml.integer(e, "end", where);
    Optional<GeoPoint> point = xml.point(e, "lat", "lon", where);
    if (point.isEmpty()) {
      throw xml.problem(where, "has no <lat> and <lon>");
    }
    return new GoldToponym(
        name, GoldSpans.align(text, name, start, end), point, OptionalLong.empty(), "", false);
  }
}
