package org.sitrep.eval.geo;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.sitrep.ingest.InputProblem;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * The DOM reading both corpus readers share: a parser that fetches nothing from outside (no DTDs,
 * no external entities), child elements by name, and fields read with errors that name the file,
 * the record and the field.
 */
final class GeoXml {
  private final String file;

  GeoXml(String file) {
    this.file = file;
  }

  /** The document's root element; a missing file or malformed XML is a one-line problem. */
  static Element root(Path path) throws InputProblem {
    try (InputStream in = Files.newInputStream(path)) {
      return builder().parse(in, path.toUri().toString()).getDocumentElement();
    } catch (NoSuchFileException e) {
      throw new InputProblem(path.toString(), "no such file");
    } catch (SAXParseException e) {
      // The parser reports an empty file at line -1.
      String where = e.getLineNumber() > 0 ? " at line " + e.getLineNumber() : "";
      throw new InputProblem(path.toString(), "not well-formed XML" + where + ": " + e.getMessage());
    } catch (SAXException e) {
      throw new InputProblem(path.toString(), "not well-formed XML: " + e.getMessage());
    } catch (IOException e) {
      throw new InputProblem(path.toString(), "cannot read: " + e.getMessage());
    }
  }

  private static DocumentBuilder builder() {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      factory.setExpandEntityReferences(false);
      DocumentBuilder builder = factory.newDocumentBuilder();
      // The JDK's default handler prints each error to stderr before the parser throws it.
      builder.setErrorHandler(new org.xml.sax.ErrorHandler() {
        @Override
        public void warning(SAXParseException e) {}

        @Override
        public void error(SAXParseException e) throws SAXParseException {
          throw e;
        }

        @Override
        public void fatalError(SAXParseException e) throws SAXParseException {
          throw e;
        }
      });
      return builder;
    } catch (ParserConfigurationException e) {
      throw new IllegalStateException("the JDK's XML parser lacks a standard feature", e);
    }
  }

  /** The element children of {@code parent} named {@code tag}, in document order. */
  static List<Element> children(Element parent, String tag) {
    List<Element> out = new ArrayList<>();
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e && e.getTagName().equals(tag)) {
        out.add(e);
      }
    }
    return out;
  }

  /** The first child named {@code tag}, if any. */
  static Optional<Element> child(Element parent, String tag) {
    List<Element> all = children(parent, tag);
    return all.isEmpty() ? Optional.empty() : Optional.of(all.get(0));
  }

  /** The trimmed text of child {@code tag}; empty when the child is missing or blank. */
  static String optionalText(Element parent, String tag) {
    return child(parent, tag).map(e -> e.getTextContent().strip()).orElse("");
  }

  /** The text of child {@code tag}, which must be there. */
  String text(Element parent, String tag, String where) throws InputProblem {
    Optional<Element> e = child(parent, tag);
    if (e.isEmpty()) {
      throw problem(where, "has no <" + tag + ">");
    }
    return e.get().getTextContent();
  }

  int integer(Element parent, String tag, String where) throws InputProblem {
    String value = text(parent, tag, where).strip();
    try {
      return Integer.parseInt(value);
    } catch (NumberFormatException e) {
      throw problem(where, "<" + tag + "> is not a whole number: '" + value + "'");
    }
  }

  /** A decimal field that may be absent or blank. */
  Optional<Double> decimal(Element parent, String tag, String where) throws InputProblem {
    String value = optionalText(parent, tag);
    if (value.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(Double.parseDouble(value));
    } catch (NumberFormatException e) {
      throw problem(where, "<" + tag + "> is not a number: '" + value + "'");
    }
  }

  /** The point of two decimal fields, both present or both absent. */
  Optional<GeoPoint> point(Element parent, String latTag, String lonTag, String where)
      throws InputProblem {
    Optional<Double> lat = decimal(parent, latTag, where);
    Optional<Double> lon = decimal(parent, lonTag, where);
    if (lat.isPresent() != lon.isPresent()) {
      throw problem(where, "has <" + (lat.isPresent() ? latTag : lonTag) + "> without <"
          + (lat.isPresent() ? lonTag : latTag) + ">");
    }
    if (lat.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(new GeoPoint(lat.get(), lon.get()));
    } catch (IllegalArgumentException e) {
      throw problem(where, e.getMessage());
    }
  }

  InputProblem problem(String where, String what) {
    return new InputProblem(file, where + " " + what);
  }
}
