package org.migrationmodel.iati;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.xml.stream.XMLStreamException;
import org.migrationmodel.crosswalk.Crosswalk;
import org.migrationmodel.programme.Budget;
import org.migrationmodel.programme.Programme;
import org.migrationmodel.programme.ProgrammeCountry;
import org.migrationmodel.programme.ProgrammePeriod;
import org.migrationmodel.taxonomy.Agency;
import org.migrationmodel.validation.Finding;
import org.migrationmodel.validation.Severity;

/**
 * Writes one programme as one {@code iati-activity}, in the element order the XSD fixes. Holds no
 * state from one programme to the next: each {@link #write} returns the findings on its programme
 * alone.
 */
final class ActivityXml {
  static final String DAC_VOCABULARY = "1";
  static final String OWN_VOCABULARY = "99";
  static final String SDG_TARGET_VOCABULARY = "3";
  static final String ROLE_IMPLEMENTING = "4";
  static final String ROLE_ACCOUNTABLE = "2";
  static final String PLANNED_START = "1";
  static final String PLANNED_END = "3";
  static final String DESCRIPTION_GENERAL = "1";
  static final String BUDGET_ORIGINAL = "1";
  static final String BUDGET_INDICATIVE = "1";
  static final String INTERNAL_IDENTIFIER = ProgrammeIds.INTERNAL_IDENTIFIER;
  static final String UNSPECIFIED_REGION = RecipientCountries.UNSPECIFIED_REGION;
  static final String DAC_REGIONS = RecipientCountries.DAC_REGIONS;

  private final IndentingXml xml;
  private final ReportingOrganisation organisation;
  private final Crosswalk crosswalk;
  private final String language;
  private final LocalDate today;

  ActivityXml(
      IndentingXml xml,
      ReportingOrganisation organisation,
      Crosswalk crosswalk,
      String language,
      LocalDate today) {
    this.xml = xml;
    this.organisation = organisation;
    this.crosswalk = crosswalk;
    this.language = language;
    this.today = today;
  }

  /**
   * What would stop a programme from making a valid activity.
   *
   * @return error findings; empty when the programme can be written
   */
  static ImmutableList<Finding> obstacles(Programme programme) {
    if (programme.period().isEmpty()) {
      return refused(
          "/period",
          "Programme "
              + programme.id()
              + " has no period; IATI needs at least one activity date, so it was not written.");
    }
    ProgrammePeriod period = programme.period().get();
    if (period.end().isBefore(period.start())) {
      return refused(
          "/period",
          "Programme "
              + programme.id()
              + " ends before it starts; IATI's rule 11.1.2 refuses a planned end before the"
              + " planned start, so it was not written.");
    }
    if (programme.classification().activities().isEmpty()
        && programme.budget().map(Budget::allocations).orElse(ImmutableList.of()).isEmpty()) {
      return refused(
          "/classification",
          "Programme "
              + programme.id()
              + " has no activity, so no sector; IATI's rule 6.2.2 requires one, so it was not"
              + " written.");
    }
    return ImmutableList.of();
  }

  private static ImmutableList<Finding> refused(String pointer, String message) {
    return ImmutableList.of(
        IatiFindings.exported(IatiProblem.NOT_EXPORTED, Severity.ERROR, pointer, message));
  }

  /** Writes the activity; returns findings on what IATI's validator will question. */
  ImmutableList<Finding> write(Programme programme, String lastUpdated) throws XMLStreamException {
    List<Finding> findings = new ArrayList<>();
    ProgrammePeriod period = programme.period().orElseThrow();
    String safeId = IatiIdentifiers.safe(programme.id());
    xml.start("iati-activity");
    xml.attribute("last-updated-datetime", lastUpdated);
    xml.language(language);
    if (programme.budget().isPresent()) {
      xml.attribute("default-currency", programme.budget().get().currency());
    }
    textElement("iati-identifier", organisation.ref() + "-" + safeId);
    reportingOrg();
    xml.start("title");
    xml.narrative(programme.title(), language, language);
    xml.end();
    description(programme, findings);
    participatingOrgs(programme.partners());
    if (!safeId.equals(programme.id())) {
      internalIdentifier(programme.id(), safeId, findings);
    }
    xml.empty("activity-status");
    xml.attribute("code", status(period));
    activityDate(PLANNED_START, period.start());
    activityDate(PLANNED_END, period.end());
    recipients(programme, findings);
    new ClassificationXml(xml, language)
        .write(programme, crosswalk.forProgramme(programme), findings);
    if (programme.budget().isPresent()) {
      budgets(period, programme.budget().get());
    }
    xml.end();
    return ImmutableList.copyOf(findings);
  }

  /**
   * The programme's id as an other-identifier of type A1, the reporting organisation's own
   * identifier of the activity, where the iati-identifier had to replace characters IATI flags.
   */
  private void internalIdentifier(String id, String safeId, List<Finding> findings)
      throws XMLStreamException {
    xml.start("other-identifier");
    xml.attribute("ref", id);
    xml.attribute("type", INTERNAL_IDENTIFIER);
    xml.empty("owner-org");
    xml.attribute("ref", organisation.ref());
    xml.end();
    findings.add(
        IatiFindings.exported(
            IatiProblem.IDENTIFIER_MAPPED,
            Severity.WARNING,
            "/id",
            "The id "
                + id
                + " holds characters IATI's rule 1.3.13 flags in an identifier; it was written as "
                + organisation.ref()
                + "-"
                + safeId
                + ", and kept whole as other-identifier type A1."));
  }

  private void reportingOrg() throws XMLStreamException {
    xml.start("reporting-org");
    xml.attribute("ref", organisation.ref());
    xml.attribute("type", organisation.type());
    xml.narrative(organisation.name(), language, language);
    xml.end();
  }

  private void description(Programme programme, List<Finding> findings) throws XMLStreamException {
    xml.start("description");
    xml.attribute("type", DESCRIPTION_GENERAL);
    if (programme.description().isPresent()) {
      xml.narrative(programme.description().get(), language, language);
    } else {
      // IATI requires a description; the importer reads one equal to the title as none.
      xml.narrative(programme.title(), language, language);
      findings.add(
          gap(
              Severity.INFO,
              "/description",
              "The programme has no description; the title is repeated as IATI requires one."));
    }
    xml.end();
  }

  private void participatingOrgs(List<Agency> partners) throws XMLStreamException {
    if (partners.isEmpty()) {
      // IATI requires a participating organisation; the reporting one is accountable.
      xml.start("participating-org");
      xml.attribute("ref", organisation.ref());
      xml.attribute("role", ROLE_ACCOUNTABLE);
      xml.narrative(organisation.name(), language, language);
      xml.end();
      return;
    }
    for (Agency partner : new LinkedHashSet<>(partners)) {
      xml.start("participating-org");
      Optional<String> ref = Agencies.ref(partner);
      if (ref.isPresent()) {
        xml.attribute("ref", ref.get());
      }
      xml.attribute("role", ROLE_IMPLEMENTING);
      xml.narrative(Agencies.name(partner), "en", language);
      xml.end();
    }
  }

  /** Pipeline before the start, implementation until the end, finalisation after it. */
  private String status(ProgrammePeriod period) {
    if (today.isBefore(period.start())) {
      return "1";
    }
    return today.isAfter(period.end()) ? "3" : "2";
  }

  private void activityDate(String type, LocalDate date) throws XMLStreamException {
    xml.empty("activity-date");
    xml.attribute("type", type);
    xml.attribute("iso-date", date.toString());
  }

  /**
   * Every country of the programme as a recipient, whatever its role: the model lists the countries
   * where a programme works, and IATI's recipient country is a country that benefits from the
   * activity. Shares split 100 evenly. A programme without country is written for region 998,
   * "Developing countries, unspecified".
   */
  private void recipients(Programme programme, List<Finding> findings) throws XMLStreamException {
    List<String> recipients = recipients(programme.countries());
    if (recipients.isEmpty()) {
      xml.empty("recipient-region");
      xml.attribute("code", UNSPECIFIED_REGION);
      xml.attribute("vocabulary", DAC_REGIONS);
      xml.attribute("percentage", "100");
      findings.add(
          IatiFindings.exported(
              IatiProblem.REGION_ASSUMED,
              Severity.INFO,
              "/countries",
              "The programme names no country; it was written for recipient region 998,"
                  + " Developing countries, unspecified."));
      return;
    }
    ImmutableList<BigDecimal> shares = Percentages.even(recipients.size());
    for (int i = 0; i < recipients.size(); i++) {
      xml.empty("recipient-country");
      xml.attribute("code", recipients.get(i));
      xml.attribute("percentage", shares.get(i).toPlainString());
    }
  }

  /** The distinct codes of the programme's countries, in its order. */
  static List<String> recipients(List<ProgrammeCountry> countries) {
    Set<String> codes = new LinkedHashSet<>();
    for (ProgrammeCountry country : countries) {
      codes.add(country.code());
    }
    return new ArrayList<>(codes);
  }

  private void budgets(ProgrammePeriod period, Budget budget) throws XMLStreamException {
    for (BudgetPeriods.Part part : BudgetPeriods.split(period, budget.total())) {
      xml.start("budget");
      xml.attribute("type", BUDGET_ORIGINAL);
      xml.attribute("status", BUDGET_INDICATIVE);
      xml.empty("period-start");
      xml.attribute("iso-date", part.start().toString());
      xml.empty("period-end");
      xml.attribute("iso-date", part.end().toString());
      xml.start("value");
      xml.attribute("currency", budget.currency());
      xml.attribute("value-date", part.start().toString());
      xml.text(part.amount().toPlainString());
      xml.end();
      xml.end();
    }
  }

  private void textElement(String name, String text) throws XMLStreamException {
    xml.start(name);
    xml.text(text);
    xml.end();
  }

  private static Finding gap(Severity severity, String pointer, String message) {
    return IatiFindings.exported(IatiProblem.EXPORT_GAP, severity, pointer, message);
  }
}
