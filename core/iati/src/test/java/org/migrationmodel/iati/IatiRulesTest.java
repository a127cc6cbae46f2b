package org.migrationmodel.iati;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.migrationmodel.fixtures.ProgrammeGenerator;
import org.migrationmodel.fixtures.SampleProgrammes;
import org.migrationmodel.programme.Programme;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The IATI Validator's rules beyond the schema that frameworks.md lists, checked on exported files:
 * percentages per vocabulary sum to 100 (tolerance 0.0101, in decimals), vocabulary 98/99 carries a
 * narrative, dates are in order, and identifiers begin with the reporting organisation's.
 */
class IatiRulesTest {
  private static final BigDecimal TOLERANCE = new BigDecimal("0.0101");
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  @Test
  void theSamplePortfolioPassesTheIatiRules() throws Exception {
    assertPassesRules(SampleProgrammes.all(), "samples");
  }

  static LongStream seeds() {
    return LongStream.range(1000, 1100);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void generatedProgrammesPassTheIatiRules(long seed) throws Exception {
    ProgrammeGenerator generator = new ProgrammeGenerator(seed);
    List<Programme> programmes = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      programmes.add(generator.next());
    }
    assertPassesRules(programmes, "seed " + seed);
  }

  @Test
  void theRulesCatchABrokenFile() throws Exception {
    String broken =
        "<iati-activities version=\"2.03\"><iati-activity>"
            + "<iati-identifier>OTHER-1</iati-identifier><reporting-org ref=\"XM-DAC-47066\"/>"
            + "<activity-date type=\"1\" iso-date=\"2026-01-01\"/>"
            + "<activity-date type=\"3\" iso-date=\"2025-01-01\"/>"
            + "<sector vocabulary=\"1\" code=\"15190\" percentage=\"60\"/>"
            + "<sector vocabulary=\"1\" code=\"15136\" percentage=\"39.98\"/>"
            + "<tag vocabulary=\"99\" vocabulary-uri=\"x\" code=\"A\"/>"
            + "</iati-activity></iati-activities>";
    assertThat(violations(broken.getBytes()))
        .containsExactlyInAnyOrder(
            "OTHER-1: identifier does not begin with XM-DAC-47066-",
            "OTHER-1: start 2026-01-01 after end 2025-01-01",
            "OTHER-1: sector vocabulary 1 sums to 99.98",
            "OTHER-1: tag A of vocabulary 99 has no narrative");
  }

  private static void assertPassesRules(List<Programme> programmes, String origin)
      throws Exception {
    assertThat(violations(Iati.export(programmes))).as(origin).isEmpty();
  }

  private static List<String> violations(byte[] file) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    Document document = factory.newDocumentBuilder().parse(new ByteArrayInputStream(file));
    List<String> violations = new ArrayList<>();
    NodeList activities = document.getElementsByTagName("iati-activity");
    for (int i = 0; i < activities.getLength(); i++) {
      check((Element) activities.item(i), violations);
    }
    return violations;
  }

  private static void check(Element activity, List<String> violations) {
    String id = text(activity, "iati-identifier");
    String org = child(activity, "reporting-org").get(0).getAttribute("ref");
    if (!id.startsWith(org + "-")) {
      violations.add(id + ": identifier does not begin with " + org + "-");
    }
    Map<String, LocalDate> dates = new HashMap<>();
    for (Element date : child(activity, "activity-date")) {
      dates.put(date.getAttribute("type"), LocalDate.parse(date.getAttribute("iso-date")));
    }
    if (dates.get("1").isAfter(dates.get("3"))) {
      violations.add(id + ": start " + dates.get("1") + " after end " + dates.get("3"));
    }
    for (Element budget : child(activity, "budget")) {
      LocalDate start =
          LocalDate.parse(child(budget, "period-start").get(0).getAttribute("iso-date"));
      LocalDate end = LocalDate.parse(child(budget, "period-end").get(0).getAttribute("iso-date"));
      if (end.isBefore(start) || end.isAfter(start.plusYears(1))) {
        violations.add(id + ": budget period " + start + " to " + end);
      }
    }
    sums(activity, "recipient-country", element -> "all", id, violations);
    sums(activity, "sector", element -> element.getAttribute("vocabulary"), id, violations);
    for (String name : List.of("sector", "tag")) {
      for (Element element : child(activity, name)) {
        String vocabulary = element.getAttribute("vocabulary");
        boolean own = vocabulary.equals("98") || vocabulary.equals("99");
        if (own && child(element, "narrative").isEmpty()) {
          violations.add(
              id
                  + ": "
                  + name
                  + " "
                  + element.getAttribute("code")
                  + " of vocabulary "
                  + vocabulary
                  + " has no narrative");
        }
        if (own && element.getAttribute("vocabulary-uri").isEmpty()) {
          violations.add(id + ": " + name + " of vocabulary " + vocabulary + " has no URI");
        }
      }
    }
  }

  private static void sums(
      Element activity,
      String name,
      java.util.function.Function<Element, String> group,
      String id,
      List<String> violations) {
    Map<String, BigDecimal> sums = new HashMap<>();
    Map<String, Integer> counts = new HashMap<>();
    for (Element element : child(activity, name)) {
      String percentage = element.getAttribute("percentage");
      String key = group.apply(element);
      counts.merge(key, 1, Integer::sum);
      if (!percentage.isEmpty()) {
        sums.merge(key, new BigDecimal(percentage), BigDecimal::add);
      }
    }
    counts.forEach(
        (key, count) -> {
          BigDecimal sum = sums.getOrDefault(key, BigDecimal.ZERO);
          if ((count > 1 || sums.containsKey(key))
              && sum.subtract(HUNDRED).abs().compareTo(TOLERANCE) > 0) {
            violations.add(
                id
                    + ": "
                    + name
                    + (key.equals("all") ? "" : " vocabulary " + key)
                    + " sums to "
                    + sum.toPlainString());
          }
        });
  }

  private static String text(Element parent, String name) {
    return child(parent, name).get(0).getTextContent().strip();
  }

  private static List<Element> child(Element parent, String name) {
    List<Element> children = new ArrayList<>();
    NodeList nodes = parent.getChildNodes();
    for (int i = 0; i < nodes.getLength(); i++) {
      if (nodes.item(i) instanceof Element element && element.getTagName().equals(name)) {
        children.add(element);
      }
    }
    return children;
  }
}
