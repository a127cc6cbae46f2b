package org.migrationmodel.iati;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.xml.stream.XMLStreamException;
import org.migrationmodel.crosswalk.Crosswalk;
import org.migrationmodel.crosswalk.DacPurposeCode;
import org.migrationmodel.crosswalk.ProgrammeCrosswalk;
import org.migrationmodel.crosswalk.SdgTarget;
import org.migrationmodel.programme.Allocation;
import org.migrationmodel.programme.Budget;
import org.migrationmodel.programme.Classification;
import org.migrationmodel.programme.Programme;
import org.migrationmodel.programme.ProgrammeCountry;
import org.migrationmodel.programme.ProgrammePeriod;
import org.migrationmodel.taxonomy.Activity;
import org.migrationmodel.taxonomy.Agency;
import org.migrationmodel.taxonomy.CountryRole;
import org.migrationmodel.taxonomy.SupportedLanguage;
import org.migrationmodel.taxonomy.Term;
import org.migrationmodel.validation.Finding;
import org.migrationmodel.validation.Severity;

/** Writes one programme as one {@code iati-activity}, in the element order the XSD fixes. */
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

  /** The roles whose countries receive the activity, as IATI recipient countries. */
  static final ImmutableList<CountryRole> RECIPIENT_ROLES =
      ImmutableList.of(
          CountryRole.ORIGIN, CountryRole.TRANSIT, CountryRole.HOST, CountryRole.RETURN);

  private final IndentingXml xml;
  private final ReportingOrganisation organisation;
  private final Crosswalk crosswalk;
  private final String language;
  private final LocalDate today;
  private final List<Finding> findings = new ArrayList<>();

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
      return ImmutableList.of(
          IatiFindings.exported(
              IatiProblem.NOT_EXPORTED,
              Severity.ERROR,
              "/period",
              "Programme "
                  + programme.id()
                  + " has no period; IATI needs at least one activity date, so it was not"
                  + " written."));
    }
    return ImmutableList.of();
  }

  /** Writes the activity; returns findings on what IATI's validator will question. */
  ImmutableList<Finding> write(Programme programme, String lastUpdated) throws XMLStreamException {
    ProgrammePeriod period = programme.period().orElseThrow();
    xml.start("iati-activity");
    xml.attribute("last-updated-datetime", lastUpdated);
    xml.language(language);
    if (programme.budget().isPresent()) {
      xml.attribute("default-currency", programme.budget().get().currency());
    }
    textElement("iati-identifier", organisation.ref() + "-" + programme.id());
    reportingOrg();
    xml.start("title");
    narrative(programme.title(), language);
    xml.end();
    description(programme);
    participatingOrgs(programme.partners());
    xml.empty("activity-status");
    xml.attribute("code", status(period));
    activityDate(PLANNED_START, period.start());
    activityDate(PLANNED_END, period.end());
    recipientCountries(programme);
    ProgrammeCrosswalk view = crosswalk.forProgramme(programme);
    dacSectors(view);
    activitySectors(programme);
    sdgTags(view);
    modelTags(programme);
    if (programme.budget().isPresent()) {
      budgets(period, programme.budget().get());
    }
    xml.end();
    return ImmutableList.copyOf(findings);
  }

  private void reportingOrg() throws XMLStreamException {
    xml.start("reporting-org");
    xml.attribute("ref", organisation.ref());
    xml.attribute("type", organisation.type());
    narrative(organisation.name(), language);
    xml.end();
  }

  private void description(Programme programme) throws XMLStreamException {
    xml.start("description");
    xml.attribute("type", DESCRIPTION_GENERAL);
    if (programme.description().isPresent()) {
      narrative(programme.description().get(), language);
    } else {
      // IATI requires a description; the importer reads one equal to the title as none.
      narrative(programme.title(), language);
      gap(
          Severity.INFO,
          "/description",
          "The programme has no description; the title is repeated as IATI requires one.");
    }
    xml.end();
  }

  private void participatingOrgs(List<Agency> partners) throws XMLStreamException {
    if (partners.isEmpty()) {
      // IATI requires a participating organisation; the reporting one is accountable.
      xml.start("participating-org");
      xml.attribute("ref", organisation.ref());
      xml.attribute("role", ROLE_ACCOUNTABLE);
      narrative(organisation.name(), language);
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
      narrative(Agencies.name(partner), "en");
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

  private void recipientCountries(Programme programme) throws XMLStreamException {
    List<String> recipients = recipients(programme.countries());
    if (recipients.isEmpty()) {
      gap(
          Severity.WARNING,
          "/countries",
          "The programme names no country; IATI asks for a recipient country or region.");
      return;
    }
    ImmutableList<BigDecimal> shares = Percentages.even(recipients.size());
    for (int i = 0; i < recipients.size(); i++) {
      xml.empty("recipient-country");
      xml.attribute("code", recipients.get(i));
      xml.attribute("percentage", shares.get(i).toPlainString());
    }
  }

  /**
   * The distinct codes of the countries in a receiving role, in the programme's order; when there
   * are none, the destination countries, as the programme then works there.
   */
  static List<String> recipients(List<ProgrammeCountry> countries) {
    Set<String> receiving = new LinkedHashSet<>();
    Set<String> all = new LinkedHashSet<>();
    for (ProgrammeCountry country : countries) {
      all.add(country.code());
      if (RECIPIENT_ROLES.contains(country.role())) {
        receiving.add(country.code());
      }
    }
    return new ArrayList<>(receiving.isEmpty() ? all : receiving);
  }

  private void dacSectors(ProgrammeCrosswalk view) throws XMLStreamException {
    Map<DacPurposeCode, BigDecimal> shares = view.dacShares();
    for (Map.Entry<DacPurposeCode, BigDecimal> share : shares.entrySet()) {
      xml.empty("sector");
      xml.attribute("vocabulary", DAC_VOCABULARY);
      xml.attribute("code", share.getKey().code());
      xml.attribute("percentage", share.getValue().toPlainString());
    }
  }

  /**
   * The model's activities as sectors of vocabulary 99: the classification's activities, primary
   * first, then any allocated activity it does not list, each with its allocated share, or 0.
   */
  private void activitySectors(Programme programme) throws XMLStreamException {
    List<Allocation> allocations =
        programme.budget().map(Budget::allocations).orElse(ImmutableList.of());
    Set<Activity> activities = new LinkedHashSet<>(programme.classification().activities());
    allocations.forEach(allocation -> activities.add(allocation.activity()));
    boolean withShares = !allocations.isEmpty();
    if (!withShares && activities.size() > 1) {
      gap(
          Severity.WARNING,
          "/budget/allocations",
          "The programme allocates no budget to its activities, so their sectors carry no"
              + " percentage; IATI asks for percentages that sum to 100.");
    }
    BigDecimal sum = BigDecimal.ZERO;
    for (Activity activity : activities) {
      xml.start("sector");
      xml.attribute("vocabulary", OWN_VOCABULARY);
      xml.attribute("vocabulary-uri", ModelTag.ACTIVITY_SECTORS);
      xml.attribute("code", activity.code());
      if (withShares) {
        BigDecimal share = shareOf(activity, allocations);
        sum = sum.add(share);
        xml.attribute("percentage", share.toPlainString());
      }
      labels(activity);
      xml.end();
    }
    if (withShares && sum.compareTo(BigDecimal.valueOf(100)) != 0) {
      gap(
          Severity.WARNING,
          "/budget/allocations",
          "The allocations sum to "
              + sum.toPlainString()
              + ", not 100; IATI asks for sector percentages that sum to 100.");
    }
  }

  private static BigDecimal shareOf(Activity activity, List<Allocation> allocations) {
    BigDecimal share = null;
    for (Allocation allocation : allocations) {
      if (allocation.activity() == activity) {
        share = share == null ? allocation.share() : share.add(allocation.share());
      }
    }
    return share == null ? BigDecimal.ZERO : share;
  }

  private void sdgTags(ProgrammeCrosswalk view) throws XMLStreamException {
    for (SdgTarget target : view.sdgTargets().keySet()) {
      xml.start("tag");
      xml.attribute("vocabulary", SDG_TARGET_VOCABULARY);
      xml.attribute("code", target.code());
      narrative(target.title(), "en");
      xml.end();
    }
  }

  private void modelTags(Programme programme) throws XMLStreamException {
    Classification classification = programme.classification();
    if (classification.primaryActivity().isPresent()) {
      modelTag(ModelTag.PRIMARY_ACTIVITY, classification.primaryActivity().get());
    }
    if (classification.declaredPrimaryArea().isPresent()) {
      modelTag(ModelTag.DECLARED_PRIMARY_AREA, classification.declaredPrimaryArea().get());
    }
    for (Term term : classification.crossCuttingActivities()) {
      modelTag(ModelTag.CROSS_CUTTING_ACTIVITY, term);
    }
    for (Term term : classification.themes()) {
      modelTag(ModelTag.THEME, term);
    }
    for (Term term : classification.modalities()) {
      modelTag(ModelTag.MODALITY, term);
    }
    for (Term term : classification.drivers()) {
      modelTag(ModelTag.DRIVER, term);
    }
    for (Term term : classification.targetGroups()) {
      modelTag(ModelTag.TARGET_GROUP, term);
    }
    for (ProgrammeCountry country : programme.countries()) {
      xml.start("tag");
      xml.attribute("vocabulary", OWN_VOCABULARY);
      xml.attribute("vocabulary-uri", ModelTag.COUNTRY_ROLE.uri());
      xml.attribute("code", country.code() + ":" + country.role().code());
      for (SupportedLanguage label : SupportedLanguage.values()) {
        narrative(country.code() + ": " + country.role().displayName(label.locale()), label.tag());
      }
      xml.end();
    }
  }

  private void modelTag(ModelTag tag, Term term) throws XMLStreamException {
    xml.start("tag");
    xml.attribute("vocabulary", OWN_VOCABULARY);
    xml.attribute("vocabulary-uri", tag.uri());
    xml.attribute("code", term.code());
    labels(term);
    xml.end();
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

  /** The term's label in each supported language, as narratives. */
  private void labels(Term term) throws XMLStreamException {
    for (SupportedLanguage label : SupportedLanguage.values()) {
      narrative(term.displayName(label.locale()), label.tag());
    }
  }

  private void narrative(String text, String narrativeLanguage) throws XMLStreamException {
    xml.start("narrative");
    if (!narrativeLanguage.equals(language)) {
      xml.language(narrativeLanguage);
    }
    xml.text(text);
    xml.end();
  }

  private void textElement(String name, String text) throws XMLStreamException {
    xml.start(name);
    xml.text(text);
    xml.end();
  }

  private void gap(Severity severity, String pointer, String message) {
    findings.add(IatiFindings.exported(IatiProblem.EXPORT_GAP, severity, pointer, message));
  }
}
