package org.sitrep.eval.geo;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.sitrep.ingest.InputProblem;
import org.w3c.dom.Element;

/**
 * GeoWebNews (Gritta et al. 2019): article/text and article/toponyms/toponym with extractedName,
 * type, nonLocational, start, end, and for geocoded toponyms latitude, longitude and (when GeoNames
 * has the place) geonamesID. Articles are named by their {@code file} attribute.
 */
final class GeoWebNewsReader {
  private GeoWebNewsReader() {}

  static List<GeoArticle> read(Element root, GeoXml xml) throws InputProblem {
    List<GeoArticle> articles = new ArrayList<>();
    List<Element> elements = GeoXml.children(root, "article");
    for (int a = 0; a < elements.size(); a++) {
      Element article = elements.get(a);
      String id = article.hasAttribute("file") ? article.getAttribute("file") : String.valueOf(a);
      String where = "article " + id;
      String text = xml.text(article, "text", where);
      List<GoldToponym> toponyms = new ArrayList<>();
      Optional<Element> list = GeoXml.child(article, "toponyms");
      List<Element> items = list.map(l -> GeoXml.children(l, "toponym")).orElse(List.of());
      for (int t = 0; t < items.size(); t++) {
        toponyms.add(toponym(items.get(t), text, xml, where + ", toponym " + (t + 1)));
      }
      toponyms.sort(java.util.Comparator.comparingInt(g -> g.span().start()));
      articles.add(new GeoArticle(id, text, toponyms));
    }
    return articles;
  }

  private static GoldToponym toponym(Element e, String text, GeoXml xml, String where)
      throws InputProblem {
    String name = xml.text(e, "extractedName", where);
    int start = xml.integer(e, "start", where);
    int end = xml.integer(e, "end", where);
    String id = GeoXml.optionalText(e, "geonamesID");
    OptionalLong geonameId;
    try {
      geonameId = id.isEmpty() ? OptionalLong.empty() : OptionalLong.of(Long.parseLong(id));
    } catch (NumberFormatException ex) {
      throw xml.problem(where, "<geonamesID> is not a number: '" + id + "'");
    }
    return new GoldToponym(
        name,
        GoldSpans.align(text, name, start, end),
        xml.point(e, "latitude", "longitude", where),
        geonameId,
        GeoXml.optionalText(e, "type"),
        GeoXml.optionalText(e, "nonLocational").equalsIgnoreCase("yes"));
  }
}
