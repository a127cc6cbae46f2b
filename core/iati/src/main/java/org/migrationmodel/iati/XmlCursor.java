package org.migrationmodel.iati;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ObjIntConsumer;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Walks an XML document element by element over StAX, keeping each element's XPath and line and the
 * importer's limits. DTDs are refused outright, so no entity is ever declared or expanded.
 *
 * <p>IATI's elements have no namespace, but some tools write them in one under a prefix, such as
 * {@code ns0:}: the namespace of the root element is taken as IATI's for the whole document, and
 * attributes are looked up without a namespace first, then in that one.
 */
final class XmlCursor {
  /** The namespace of the attributes d-portal adds, such as each activity's own version. */
  static final String DPORTAL_NAMESPACE = "http://d-portal.org/xmlns/iati-activities";

  private final XMLStreamReader xml;
  private final CountingInput input;
  private final ImportLimits limits;
  // The XPath of each open element, root first: built once as the element starts.
  private final List<String> paths = new ArrayList<>();
  private final List<Map<String, Integer>> childCounts = new ArrayList<>();
  private long activityCharacters;
  // The text directly inside each open element, root first, between its children; null until
  // there is some. Each element's own, so that text in a child never passes for its parent's.
  private final List<StringBuilder> texts = new ArrayList<>();
  // The text directly inside the element that ended last, until textBetween() takes it.
  private String endedText = "";
  private String iatiNamespace = "";

  /** A limit exceeded, a DTD or a well-formedness error: reading cannot go on. */
  static final class Stop extends Exception {
    private static final long serialVersionUID = 1L;
    private final IatiProblem problem;
    private final int line;

    Stop(IatiProblem problem, int line, String message) {
      super(message);
      this.problem = problem;
      this.line = line;
    }

    IatiProblem problem() {
      return problem;
    }

    int line() {
      return line;
    }
  }

  XmlCursor(InputStream in, ImportLimits limits) throws Stop {
    this.input = new CountingInput(in);
    this.limits = limits;
    XMLInputFactory factory = XMLInputFactory.newFactory();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
    factory.setProperty(XMLInputFactory.IS_COALESCING, false);
    factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
    factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
    try {
      this.xml = factory.createXMLStreamReader(input);
    } catch (XMLStreamException e) {
      throw malformed(e);
    }
    childCounts.add(new HashMap<>());
  }

  /**
   * Moves to the document's root element.
   *
   * @return false when the document has none
   */
  boolean root() throws Stop, IOException {
    boolean found = nextChild();
    if (found) {
      iatiNamespace = namespace();
    }
    return found;
  }

  /**
   * Moves to the next child element of the current element, or past the current element's end. Text
   * between child elements is kept for {@link #textBetween()}, once the element has ended.
   *
   * @return true at a child's start; false once the current element has ended
   */
  boolean nextChild() throws Stop, IOException {
    while (true) {
      int event = next();
      switch (event) {
        case XMLStreamConstants.START_ELEMENT:
          enter();
          return true;
        case XMLStreamConstants.END_ELEMENT:
        case XMLStreamConstants.END_DOCUMENT:
          leave();
          return false;
        case XMLStreamConstants.CHARACTERS:
        case XMLStreamConstants.CDATA:
          textOfCurrent().append(xml.getText());
          break;
        default:
          break;
      }
    }
  }

  /**
   * The text directly inside the element that {@link #nextChild()} last saw end, between its
   * children and not in them; asked once, right after that end. IATI 2.0x content models allow
   * none; IATI 1.0x titles and descriptions hold their text so.
   */
  String textBetween() {
    String text = endedText;
    endedText = "";
    return text;
  }

  /** Skips the rest of the current element, children included. */
  void skip() throws Stop, IOException {
    int depth = 1;
    while (depth > 0) {
      int event = next();
      if (event == XMLStreamConstants.START_ELEMENT) {
        enter();
        depth++;
      } else if (event == XMLStreamConstants.END_ELEMENT) {
        leave();
        depth--;
      } else if (event == XMLStreamConstants.END_DOCUMENT) {
        return;
      }
    }
  }

  /**
   * Reads the text of the current element up to its end. Child elements, which IATI text elements
   * do not allow, are skipped and their XPaths and lines handed to the consumer.
   */
  String text(ObjIntConsumer<String> childElements) throws Stop, IOException {
    StringBuilder text = new StringBuilder();
    while (true) {
      int event = next();
      if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA) {
        text.append(xml.getText());
      } else if (event == XMLStreamConstants.START_ELEMENT) {
        enter();
        childElements.accept(xpath(), line());
        skip();
      } else if (event == XMLStreamConstants.END_ELEMENT
          || event == XMLStreamConstants.END_DOCUMENT) {
        leave();
        return text.toString();
      }
    }
  }

  String name() {
    return xml.getLocalName();
  }

  String namespace() {
    String namespace = xml.getNamespaceURI();
    return namespace == null ? "" : namespace;
  }

  /** Whether the current element is one of IATI's: in the root element's namespace. */
  boolean isIati() {
    return namespace().equals(iatiNamespace);
  }

  /** Whether the current element is IATI's element of that name. */
  boolean is(String name) {
    return isIati() && name().equals(name);
  }

  /** The attribute without a namespace, else in IATI's namespace of the document, or null. */
  String attribute(String name) {
    String value = xml.getAttributeValue(null, name);
    if (value == null && !iatiNamespace.isEmpty()) {
      value = xml.getAttributeValue(iatiNamespace, name);
    }
    return value;
  }

  /** The attribute in a namespace, or null. */
  String attribute(String namespace, String name) {
    return xml.getAttributeValue(namespace, name);
  }

  /**
   * The element's {@code xml:lang} as an ISO 639-1 code in lower case, without a region ({@code EN}
   * and {@code en-GB} are {@code en}), or null.
   */
  String language() {
    String tag = xml.getAttributeValue(XMLConstants.XML_NS_URI, "lang");
    if (tag == null || tag.isBlank()) {
      return null;
    }
    String primary = tag.strip().split("[-_]", 2)[0];
    return primary.toLowerCase(Locale.ROOT);
  }

  int attributeCount() {
    return xml.getAttributeCount();
  }

  /**
   * Whether the attribute is one of IATI's: without a namespace, in IATI's namespace of the
   * document, or {@code xml:lang}.
   */
  boolean isIatiAttribute(int index) {
    String namespace = xml.getAttributeNamespace(index);
    return namespace == null
        || namespace.isEmpty()
        || namespace.equals(iatiNamespace)
        || namespace.equals(XMLConstants.XML_NS_URI);
  }

  /** The attribute's local name, such as {@code lang} for {@code xml:lang}. */
  String attributeLocalName(int index) {
    return xml.getAttributeLocalName(index);
  }

  /** The attribute's namespace, empty for none. */
  String attributeNamespace(int index) {
    String namespace = xml.getAttributeNamespace(index);
    return namespace == null ? "" : namespace;
  }

  /** The attribute's name as written, such as {@code xml:lang} or {@code ref}. */
  String attributeName(int index) {
    String prefix = xml.getAttributePrefix(index);
    String local = xml.getAttributeLocalName(index);
    return prefix == null || prefix.isEmpty() ? local : prefix + ":" + local;
  }

  int line() {
    return xml.getLocation().getLineNumber();
  }

  /** The current element's XPath, such as {@code /iati-activities/iati-activity[2]/sector[1]}. */
  String xpath() {
    return paths.isEmpty() ? "" : paths.get(paths.size() - 1);
  }

  int depth() {
    return paths.size();
  }

  /** Starts counting the characters of a new activity. */
  void startActivity() {
    activityCharacters = 0;
    // The text between the activities is never read; dropped here, it does not grow with the file.
    if (texts.size() >= 2) {
      texts.set(texts.size() - 2, null);
    }
  }

  private void enter() throws Stop {
    String name =
        xml.getPrefix() == null || xml.getPrefix().isEmpty()
            ? xml.getLocalName()
            : xml.getPrefix() + ":" + xml.getLocalName();
    int position = childCounts.get(childCounts.size() - 1).merge(name, 1, Integer::sum);
    paths.add(paths.isEmpty() ? "/" + name : xpath() + "/" + name + "[" + position + "]");
    childCounts.add(new HashMap<>());
    texts.add(null);
    if (paths.size() > limits.maxDepth()) {
      throw new Stop(
          IatiProblem.LIMIT_EXCEEDED,
          line(),
          "The element " + xpath() + " is nested deeper than " + limits.maxDepth() + " levels.");
    }
    long characters = xml.getLocalName().length();
    for (int i = 0; i < xml.getAttributeCount(); i++) {
      characters += xml.getAttributeValue(i).length();
    }
    count(characters);
  }

  private void leave() {
    if (!paths.isEmpty()) {
      paths.remove(paths.size() - 1);
      childCounts.remove(childCounts.size() - 1);
      StringBuilder text = texts.remove(texts.size() - 1);
      endedText = text == null ? "" : text.toString();
    }
  }

  /** The text of the current element, to add to; outside the root element, a scratch buffer. */
  private StringBuilder textOfCurrent() {
    if (texts.isEmpty()) {
      return new StringBuilder();
    }
    int current = texts.size() - 1;
    if (texts.get(current) == null) {
      texts.set(current, new StringBuilder());
    }
    return texts.get(current);
  }

  private void count(long characters) throws Stop {
    activityCharacters += characters;
    if (activityCharacters > limits.maxActivityCharacters()) {
      throw new Stop(
          IatiProblem.LIMIT_EXCEEDED,
          line(),
          "The activity holds more than "
              + limits.maxActivityCharacters()
              + " characters of text and attributes, at "
              + xpath()
              + ".");
    }
  }

  private int next() throws Stop, IOException {
    int event;
    try {
      event = xml.next();
    } catch (XMLStreamException e) {
      if (e.getNestedException() instanceof IOException io) {
        throw io;
      }
      throw malformed(e);
    }
    if (input.count > limits.maxFileBytes()) {
      throw new Stop(
          IatiProblem.LIMIT_EXCEEDED,
          line(),
          "The file is larger than " + limits.maxFileBytes() + " bytes.");
    }
    if (event == XMLStreamConstants.DTD || event == XMLStreamConstants.ENTITY_REFERENCE) {
      throw new Stop(
          IatiProblem.DTD_REFUSED,
          line(),
          "The file declares a document type or refers to an entity; IATI files need neither,"
              + " and they are refused so that no entity is ever expanded.");
    }
    if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA) {
      count(xml.getTextLength());
    }
    return event;
  }

  private Stop malformed(XMLStreamException e) {
    int line = e.getLocation() == null ? 0 : Math.max(e.getLocation().getLineNumber(), 0);
    String message = e.getMessage() == null ? "" : e.getMessage();
    // StAX puts the location in front of its message; the finding carries the line instead.
    int detail = message.indexOf("Message: ");
    return new Stop(
        IatiProblem.MALFORMED,
        line,
        "The file is not well-formed XML: "
            + (detail >= 0 ? message.substring(detail + "Message: ".length()) : message));
  }

  /** Counts the bytes read, to bound the size of the file. */
  private static final class CountingInput extends FilterInputStream {
    long count;

    CountingInput(InputStream in) {
      super(in);
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        count++;
      }
      return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      int n = super.read(buffer, offset, length);
      if (n > 0) {
        count += n;
      }
      return n;
    }
  }
}
