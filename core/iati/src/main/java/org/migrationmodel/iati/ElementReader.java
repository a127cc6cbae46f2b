package org.migrationmodel.iati;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import org.migrationmodel.validation.Finding;
import org.migrationmodel.validation.Severity;

/**
 * Reads the parts of one activity's elements from the cursor: attributes, text, narratives, numbers
 * and dates, noting what it finds wrong and what it finds no place for. One reader serves one
 * activity and is then dropped, so nothing it noted reaches the next activity.
 */
final class ElementReader {
  /** The most findings listed for one activity; the rest are counted. */
  static final int MAX_FINDINGS = 1000;

  private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

  private final XmlCursor cursor;
  private final List<Finding> findings = new ArrayList<>();
  private final List<NotKept> notKept = new ArrayList<>();
  private int droppedFindings;

  ElementReader(XmlCursor cursor) {
    this.cursor = cursor;
  }

  XmlCursor cursor() {
    return cursor;
  }

  /** The current element. */
  At at() {
    return new At(cursor.xpath(), cursor.line());
  }

  /**
   * Notes the current element's attributes other than the known ones as not kept. IATI attributes
   * are known by their local name, {@code xml:lang} as written, others as {@code {namespace}name}.
   */
  void attributes(Set<String> known) {
    At element = at();
    for (int i = 0; i < cursor.attributeCount(); i++) {
      String local = cursor.attributeLocalName(i);
      String namespace = cursor.attributeNamespace(i);
      String key =
          cursor.isIatiAttribute(i) && !namespace.equals(XMLConstants.XML_NS_URI)
              ? local
              : namespace.equals(XMLConstants.XML_NS_URI)
                  ? "xml:" + local
                  : "{" + namespace + "}" + local;
      if (!known.contains(key)) {
        String name = cursor.attributeName(i);
        notKept(
            NotKept.at(
                element.attribute(name), "the attribute " + name + " has no place in the model"));
      }
    }
  }

  /** The text of the current element up to its end; child elements in it are not kept. */
  String text() throws XmlCursor.Stop, IOException {
    return cursor.text(
        (child, line) ->
            notKept(NotKept.at(new At(child, line), "an element inside a text is not kept")));
  }

  /**
   * The narratives of the current element, read to its end. An element holding its text directly,
   * as IATI 1.0x writes titles and descriptions, gives that text as one narrative in the element's
   * language.
   */
  ImmutableList<RawActivity.Narrative> narratives(String defaultLanguage)
      throws XmlCursor.Stop, IOException {
    At element = at();
    String elementLanguage = cursor.language() == null ? defaultLanguage : cursor.language();
    ImmutableList.Builder<RawActivity.Narrative> narratives = ImmutableList.builder();
    while (cursor.nextChild()) {
      if (cursor.is("narrative")) {
        At narrative = at();
        String language = cursor.language() == null ? elementLanguage : cursor.language();
        attributes(Set.of("xml:lang"));
        narratives.add(new RawActivity.Narrative(language, text().strip(), narrative));
      } else {
        notKept(
            NotKept.at(at(), "the model has no place for " + cursor.name() + " in this element"));
        cursor.skip();
      }
    }
    String direct = cursor.textBetween().strip();
    if (!direct.isEmpty()) {
      narratives.add(new RawActivity.Narrative(elementLanguage, direct, element));
    }
    return narratives.build();
  }

  /** A decimal number, or a finding that names it and says the element is ignored. */
  Optional<BigDecimal> decimal(String text, At at) {
    try {
      return Optional.of(new BigDecimal(text.strip()));
    } catch (NumberFormatException e) {
      problem(
          IatiProblem.INVALID_VALUE,
          Severity.WARNING,
          at,
          "'" + text + "' is not a decimal number; the element is ignored");
      return Optional.empty();
    }
  }

  /** An optional percentage: empty when absent; empty with a finding when not a number. */
  Optional<BigDecimal> percentage(String text, At at) {
    return text == null ? Optional.empty() : decimal(text, at);
  }

  /**
   * A date such as {@code 2026-01-31}, also with a time or zone after it as IATI 1.0x files write
   * ({@code 2013-06-01Z}), or a finding that names it, or says there is none, and that it is
   * ignored.
   */
  Optional<LocalDate> date(String text, At at) {
    String value = text == null ? "" : text.strip();
    if (value.isEmpty()) {
      problem(IatiProblem.INVALID_VALUE, Severity.WARNING, at, "no date is given; it is ignored");
      return Optional.empty();
    }
    if (value.length() >= 10 && DATE.matcher(value.substring(0, 10)).matches()) {
      try {
        return Optional.of(LocalDate.parse(value.substring(0, 10)));
      } catch (DateTimeParseException e) {
        // Reported below, as any other text that is not a date.
      }
    }
    problem(
        IatiProblem.INVALID_VALUE,
        Severity.WARNING,
        at,
        "'" + value + "' is not a date such as 2026-01-31; it is ignored");
    return Optional.empty();
  }

  /** Notes a finding on the activity; past the limit, only counts it. */
  void problem(IatiProblem problem, Severity severity, At at, String what) {
    if (findings.size() < MAX_FINDINGS) {
      findings.add(IatiFindings.imported(problem, severity, at, sentence(what)));
    } else {
      droppedFindings++;
    }
  }

  /** Notes a finding on the current element. */
  void problem(IatiProblem problem, Severity severity, String what) {
    problem(problem, severity, at(), what);
  }

  /**
   * Notes the text directly inside the element that just ended, between its children, as not kept
   * at a place; nothing when there is none.
   */
  void textBetweenNotKept(At at, String what) {
    if (!cursor.textBetween().isBlank()) {
      notKept(NotKept.at(at, what));
    }
  }

  void notKept(NotKept part) {
    notKept.add(part);
  }

  /** Notes the current element as not kept and skips it. */
  void skip(String what) throws XmlCursor.Stop, IOException {
    notKept(NotKept.at(at(), what));
    cursor.skip();
  }

  /** The findings noted, up to the limit. */
  ImmutableList<Finding> findings() {
    return ImmutableList.copyOf(findings);
  }

  /** How many findings were past the limit. */
  int findingsLeftOut() {
    return droppedFindings;
  }

  ImmutableList<NotKept> notKept() {
    return ImmutableList.copyOf(notKept);
  }

  /** A finding's message: the fragment with a capital and a full stop. */
  static String sentence(String what) {
    String sentence = Character.toUpperCase(what.charAt(0)) + what.substring(1);
    return sentence.endsWith(".") ? sentence : sentence + ".";
  }
}
