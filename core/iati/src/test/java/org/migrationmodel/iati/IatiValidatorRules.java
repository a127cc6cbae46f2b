package org.migrationmodel.iati;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.migrationmodel.crosswalk.DacPurposeCode;
import org.migrationmodel.crosswalk.SdgTarget;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The IATI Validator's rules beyond the schema that apply to what the exporter writes, each checked
 * by its rule id as the IATI Validator numbers it (IATI/js-validator-api,
 * docs/data-quality-rules.csv; the rules of IATI's standard ruleset, IATI-Rulesets
 * rulesets/standard.json, are among them). docs/iati.md lists them. Codelist rules check against
 * the codes IATI's codelists hold for what the exporter writes. Test code: each check is written
 * here from the rule's statement.
 */
final class IatiValidatorRules {
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
  private static final BigDecimal TOLERANCE = new BigDecimal("0.0101");
  private static final Pattern FLAGGED = Pattern.compile("[/&|?]");
  private static final Set<String> ORGANISATION_TYPES =
      Set.of(
          "10", "11", "15", "21", "22", "23", "24", "30", "40", "60", "70", "71", "72", "73", "80",
          "90");
  private static final Set<String> SECTOR_VOCABULARIES =
      Set.of("1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "98", "99");
  private static final Set<String> TAG_VOCABULARIES = Set.of("1", "2", "3", "4", "5", "99");
  private static final Set<String> LANGUAGES = Set.of(Locale.getISOLanguages());
  private static final Set<String> COUNTRIES = countries();
  private static final Set<String> DAC_CODES =
      Arrays.stream(DacPurposeCode.values()).map(DacPurposeCode::code).collect(Collectors.toSet());
  private static final Set<String> SDG_TARGETS =
      Arrays.stream(SdgTarget.values()).map(SdgTarget::code).collect(Collectors.toSet());

  /** One rule broken by one activity. */
  record Violation(String rule, String activity, String detail) {}

  private final OffsetDateTime now;
  private final List<Violation> violations = new ArrayList<>();
  private String activity;

  private IatiValidatorRules(OffsetDateTime now) {
    this.now = now;
  }

  /** Every rule the activities of a file break, as of a time. */
  static List<Violation> check(byte[] file, OffsetDateTime now) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    factory.setNamespaceAware(true);
    Document document = factory.newDocumentBuilder().parse(new ByteArrayInputStream(file));
    IatiValidatorRules rules = new IatiValidatorRules(now);
    Element root = document.getDocumentElement();
    rules.activity = "(file)";
    rules.expect(
        "9.1.1", root.getAttribute("version").equals("2.03"), root.getAttribute("version"));
    Set<String> identifiers = new HashSet<>();
    for (Element activity : children(root, "iati-activity")) {
      rules.activity(activity, identifiers);
    }
    return rules.violations;
  }

  /** The ids of the rules broken, each once. */
  static Set<String> ids(List<Violation> violations) {
    return violations.stream().map(Violation::rule).collect(Collectors.toSet());
  }

  private void activity(Element activity, Set<String> identifiers) {
    Element identifierElement = children(activity, "iati-identifier").get(0);
    String identifier = identifierElement.getTextContent();
    this.activity = identifier.strip();
    Element reporting = children(activity, "reporting-org").get(0);
    String org = reporting.getAttribute("ref");
    identifiers(activity, identifier, org, identifiers);
    expect("6.3.1", !reporting.getAttribute("type").isEmpty(), "reporting-org type");
    expect("9.54.1", ORGANISATION_TYPES.contains(reporting.getAttribute("type")), "type");
    String updated = activity.getAttribute("last-updated-datetime");
    expect("11.1.1", updated.isEmpty() || !OffsetDateTime.parse(updated).isAfter(now), updated);
    languages(activity);
    narrativeContent(activity, "title", "4.3.1");
    for (Element description : children(activity, "description")) {
      expect("4.4.1", hasText(description), "description");
      expect(
          "9.26.1",
          Set.of("", "1", "2", "3", "4").contains(description.getAttribute("type")),
          description.getAttribute("type"));
    }
    for (Element participant : children(activity, "participating-org")) {
      String ref = participant.getAttribute("ref");
      expect("6.10.1", !ref.isEmpty() || hasText(participant), "participating-org");
      expect("1.8.1", ref.equals(ref.strip()), ref);
      expect("1.8.13", !FLAGGED.matcher(ref).find(), ref);
      expect(
          "9.41.1",
          Set.of("1", "2", "3", "4").contains(participant.getAttribute("role")),
          participant.getAttribute("role"));
    }
    List<Element> status = children(activity, "activity-status");
    expect("6.2.1", status.size() == 1, "activity-status");
    status.forEach(
        element ->
            expect(
                "9.5.1",
                Set.of("1", "2", "3", "4", "5", "6").contains(element.getAttribute("code")),
                element.getAttribute("code")));
    dates(activity);
    geography(activity);
    sectors(activity);
    for (Element tag : children(activity, "tag")) {
      String vocabulary = tag.getAttribute("vocabulary");
      expect("9.79.1", TAG_VOCABULARIES.contains(vocabulary), vocabulary);
      if (vocabulary.equals("3")) {
        expect("9.126.1", SDG_TARGETS.contains(tag.getAttribute("code")), tag.getAttribute("code"));
      }
    }
    for (Element other : children(activity, "other-identifier")) {
      for (Element owner : children(other, "owner-org")) {
        expect("6.8.1", !owner.getAttribute("ref").isEmpty() || hasText(owner), "owner-org");
      }
    }
    budgets(activity);
  }

  private void identifiers(Element activity, String identifier, String org, Set<String> seen) {
    List<String> prefixes = new ArrayList<>(List.of(org));
    for (Element other : children(activity, "other-identifier")) {
      if (other.getAttribute("type").equals("B1")) {
        prefixes.add(other.getAttribute("ref"));
      }
    }
    expect("1.1.1", prefixes.stream().anyMatch(identifier::startsWith), identifier);
    expect("1.1.2", seen.add(identifier), identifier);
    expect(
        "1.1.21",
        prefixes.stream()
            .anyMatch(p -> identifier.startsWith(p + "-") && identifier.length() > p.length() + 1),
        identifier);
    expect("1.1.3", !identifier.equals(org), identifier);
    expect("1.3.1", identifier.equals(identifier.strip()), identifier);
    expect("1.3.13", !FLAGGED.matcher(identifier).find(), identifier);
    expect("1.14.1", org.equals(org.strip()), org);
    expect("1.14.13", !FLAGGED.matcher(org).find(), org);
  }

  private void languages(Element activity) {
    boolean defaultLanguage = !activity.getAttributeNS(XMLConstants.XML_NS_URI, "lang").isEmpty();
    NodeList narratives = activity.getElementsByTagName("narrative");
    for (int i = 0; i < narratives.getLength(); i++) {
      String language =
          ((Element) narratives.item(i)).getAttributeNS(XMLConstants.XML_NS_URI, "lang");
      expect("4.1.1", defaultLanguage || !language.isEmpty(), "narrative without language");
      expect("9.95.1", language.isEmpty() || LANGUAGES.contains(language), language);
    }
    String language = activity.getAttributeNS(XMLConstants.XML_NS_URI, "lang");
    expect("9.95.1", language.isEmpty() || LANGUAGES.contains(language), language);
  }

  private void narrativeContent(Element activity, String name, String rule) {
    for (Element element : children(activity, name)) {
      expect(rule, hasText(element), name);
    }
  }

  private void dates(Element activity) {
    Map<String, LocalDate> dates = new LinkedHashMap<>();
    for (Element date : children(activity, "activity-date")) {
      String type = date.getAttribute("type");
      expect("9.4.1", Set.of("1", "2", "3", "4").contains(type), type);
      dates.put(type, LocalDate.parse(date.getAttribute("iso-date")));
    }
    expect("6.11.1", dates.containsKey("1") || dates.containsKey("2"), "no start date");
    if (dates.containsKey("1") && dates.containsKey("3")) {
      expect(
          "11.1.2",
          !dates.get("1").isAfter(dates.get("3")),
          dates.get("1") + " > " + dates.get("3"));
    }
  }

  private void geography(Element activity) {
    List<Element> countries = children(activity, "recipient-country");
    List<Element> regions = children(activity, "recipient-region");
    expect("3.7.1", !countries.isEmpty() || !regions.isEmpty(), "no recipient country or region");
    for (Element country : countries) {
      expect(
          "9.50.1", COUNTRIES.contains(country.getAttribute("code")), country.getAttribute("code"));
      range("12.1.1", country);
    }
    for (Element region : regions) {
      String vocabulary = region.getAttribute("vocabulary");
      expect("9.52.1", Set.of("", "1", "2", "99").contains(vocabulary), vocabulary);
      if (vocabulary.isEmpty() || vocabulary.equals("1")) {
        expect("9.51.1", region.getAttribute("code").equals("998"), region.getAttribute("code"));
      }
      range("12.1.1", region);
    }
    List<Element> all = new ArrayList<>(countries);
    all.addAll(regions);
    if (regions.isEmpty()) {
      shares(all, "3.1.1", "3.1.2", "3.1.4");
    } else {
      shares(all, "3.4.1", "3.4.2", "3.4.4");
    }
  }

  private void sectors(Element activity) {
    List<Element> sectors = children(activity, "sector");
    expect("6.2.2", !sectors.isEmpty(), "no sector");
    Map<String, List<Element>> byVocabulary = new LinkedHashMap<>();
    for (Element sector : sectors) {
      String vocabulary =
          sector.getAttribute("vocabulary").isEmpty() ? "1" : sector.getAttribute("vocabulary");
      byVocabulary.computeIfAbsent(vocabulary, unused -> new ArrayList<>()).add(sector);
      expect("9.78.1", SECTOR_VOCABULARIES.contains(vocabulary), vocabulary);
      range("12.3.1", sector);
      if (vocabulary.equals("1")) {
        expect(
            "9.76.1", DAC_CODES.contains(sector.getAttribute("code")), sector.getAttribute("code"));
      }
      if (vocabulary.equals("98") || vocabulary.equals("99")) {
        expect("2.2.1", !children(sector, "narrative").isEmpty(), sector.getAttribute("code"));
      }
    }
    expect(
        "102.1.1",
        byVocabulary.keySet().stream().allMatch("1"::equals) || byVocabulary.containsKey("1"),
        byVocabulary.keySet().toString());
    byVocabulary.values().forEach(group -> shares(group, "2.1.1", "2.1.2", "2.1.4"));
  }

  private void budgets(Element activity) {
    String defaultCurrency = activity.getAttribute("default-currency");
    expect("9.3.1", defaultCurrency.isEmpty() || currency(defaultCurrency), defaultCurrency);
    for (Element budget : children(activity, "budget")) {
      expect(
          "9.8.1",
          Set.of("1", "2").contains(budget.getAttribute("type")),
          budget.getAttribute("type"));
      expect(
          "9.7.1",
          Set.of("1", "2").contains(budget.getAttribute("status")),
          budget.getAttribute("status"));
      LocalDate start =
          LocalDate.parse(children(budget, "period-start").get(0).getAttribute("iso-date"));
      LocalDate end =
          LocalDate.parse(children(budget, "period-end").get(0).getAttribute("iso-date"));
      expect("8.6.3", !start.isAfter(end), start + " > " + end);
      expect("7.5.3", !start.plusYears(1).isBefore(end), start + " to " + end);
      Element value = children(budget, "value").get(0);
      expect("7.5.2", !value.getAttribute("value-date").isEmpty(), "no value-date");
      String currency = value.getAttribute("currency");
      expect("7.8.1", !currency.isEmpty() || !defaultCurrency.isEmpty(), "no currency");
      expect("9.9.1", currency.isEmpty() || currency(currency), currency);
    }
  }

  /**
   * Rules n.1 (each of several has a percentage), n.2 (they sum to 100), n.4 (one alone is 100).
   */
  private void shares(List<Element> group, String each, String sum, String single) {
    if (group.size() == 1) {
      String percentage = group.get(0).getAttribute("percentage");
      expect(
          single,
          percentage.isEmpty() || new BigDecimal(percentage).compareTo(HUNDRED) == 0,
          percentage);
      return;
    }
    if (group.isEmpty()) {
      return;
    }
    BigDecimal total = BigDecimal.ZERO;
    for (Element element : group) {
      String percentage = element.getAttribute("percentage");
      expect(
          each, !percentage.isEmpty(), element.getTagName() + " " + element.getAttribute("code"));
      total = percentage.isEmpty() ? total : total.add(new BigDecimal(percentage));
    }
    expect(sum, total.subtract(HUNDRED).abs().compareTo(TOLERANCE) <= 0, "sums to " + total);
  }

  private void range(String rule, Element element) {
    String percentage = element.getAttribute("percentage");
    if (!percentage.isEmpty()) {
      BigDecimal value = new BigDecimal(percentage);
      expect(rule, value.signum() >= 0 && value.compareTo(HUNDRED) <= 0, percentage);
    }
  }

  private void expect(String rule, boolean holds, String detail) {
    if (!holds) {
      violations.add(new Violation(rule, activity, detail));
    }
  }

  private static boolean hasText(Element element) {
    for (Element narrative : children(element, "narrative")) {
      if (!narrative.getTextContent().isBlank()) {
        return true;
      }
    }
    return false;
  }

  private static boolean currency(String code) {
    try {
      return Currency.getInstance(code).getCurrencyCode().equals(code);
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  private static Set<String> countries() {
    Set<String> codes = new HashSet<>(Arrays.asList(Locale.getISOCountries()));
    // IATI's Country codelist holds Kosovo as XK, as UN agencies use it.
    codes.add("XK");
    return codes;
  }

  private static List<Element> children(Element parent, String name) {
    List<Element> children = new ArrayList<>();
    NodeList nodes = parent.getChildNodes();
    for (int i = 0; i < nodes.getLength(); i++) {
      if (nodes.item(i) instanceof Element element && element.getLocalName().equals(name)) {
        children.add(element);
      }
    }
    return children;
  }
}
