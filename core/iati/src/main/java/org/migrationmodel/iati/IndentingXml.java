package org.migrationmodel.iati;

import javax.xml.XMLConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes elements through a StAX writer, two spaces of indentation per level, so that exported
 * files can be read and diffed by people. Text-only elements stay on one line.
 */
final class IndentingXml {
  private static final int MAX_DEPTH = 64;

  private final XMLStreamWriter xml;
  private final boolean[] hasChildElements = new boolean[MAX_DEPTH];
  private int depth;

  IndentingXml(XMLStreamWriter xml) {
    this.xml = xml;
  }

  void start(String name) throws XMLStreamException {
    if (depth > 0) {
      hasChildElements[depth - 1] = true;
    }
    newLine(depth);
    xml.writeStartElement(name);
    hasChildElements[depth] = false;
    depth++;
  }

  /** Starts an element with no content; give its attributes, and do not end it. */
  void empty(String name) throws XMLStreamException {
    if (depth > 0) {
      hasChildElements[depth - 1] = true;
    }
    newLine(depth);
    xml.writeEmptyElement(name);
  }

  void attribute(String name, String value) throws XMLStreamException {
    xml.writeAttribute(name, value);
  }

  void language(String tag) throws XMLStreamException {
    xml.writeAttribute(XMLConstants.XML_NS_PREFIX, XMLConstants.XML_NS_URI, "lang", tag);
  }

  void text(String text) throws XMLStreamException {
    xml.writeCharacters(text);
  }

  void end() throws XMLStreamException {
    depth--;
    if (hasChildElements[depth]) {
      newLine(depth);
    }
    xml.writeEndElement();
  }

  /**
   * An IATI {@code narrative}, with its {@code xml:lang} unless it is in the activity's default
   * language.
   */
  void narrative(String text, String language, String defaultLanguage) throws XMLStreamException {
    start("narrative");
    if (!language.equals(defaultLanguage)) {
      language(language);
    }
    text(text);
    end();
  }

  private void newLine(int level) throws XMLStreamException {
    xml.writeCharacters("\n" + "  ".repeat(level));
  }
}
