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
import org.migrationmodel.taxonomy.SupportedLanguage;
import org.migrationmodel.taxonomy.Term;
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
  static final String INTERNAL_IDENTIFIER = "A1";
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
    narrative(programme.title(), language);
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
    ProgrammeCrosswalk view = crosswalk.forProgramme(programme);
    dacSectors(view, findings);
    boolean equalShares = activitySectors(programme, findings);
    sdgTags(view);
    modelTags(programme, equalShares);
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
    narrative(organisation.name(), language);
    xml.end();
  }

  private void description(Programme programme, List<Finding> findings) throws XMLStreamException {
    xml.start("description");
    xml.attribute("type", DESCRIPTION_GENERAL);
    if (programme.description().isPresent()) {
      narrative(programme.description().get(), language);
    } else {
      // IATI requires a description; the importer reads one equal to the title as none.
      narrative(programme.title(), language);
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

  private void dacSectors(ProgrammeCrosswalk view, List<Finding> findings)
      throws XMLStreamException {
    Map<DacPurposeCode, BigDecimal> shares = view.dacShares();
    if (shares.isEmpty()) {
      findings.add(
          gap(
              Severity.WARNING,
              "/classification/primaryActivity",
              "The programme has neither a primary activity nor allocations, so no OECD DAC"
                  + " sector; IATI's rule 102.1.1 asks for one beside vocabulary 99."));
    }
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
   * Several activities without any allocation get equal shares, so that IATI's percentages sum to
   * 100.
   *
   * @return whether the shares are equal ones assumed, not allocations
   */
  private boolean activitySectors(Programme programme, List<Finding> findings)
      throws XMLStreamException {
    List<Allocation> allocations =
        programme.budget().map(Budget::allocations).orElse(ImmutableList.of());
    Set<Activity> activities = new LinkedHashSet<>(programme.classification().activities());
    allocations.forEach(allocation -> activities.add(allocation.activity()));
    boolean equalShares = allocations.isEmpty() && activities.size() > 1;
    ImmutableList<BigDecimal> equal = Percentages.even(Math.max(activities.size(), 1));
    if (equalShares) {
      findings.add(
          IatiFindings.exported(
              IatiProblem.EQUAL_SHARES,
              Severity.INFO,
              "/budget/allocations",
              "The programme allocates no budget to its "
                  + activities.size()
                  + " activities; their sectors were written with equal percentages, which a tag"
                  + " marks as assumed."));
    }
    BigDecimal sum = BigDecimal.ZERO;
    int index = 0;
    for (Activity activity : activities) {
      xml.start("sector");
      xml.attribute("vocabulary", OWN_VOCABULARY);
      xml.attribute("vocabulary-uri", ModelTag.ACTIVITY_SECTORS);
      xml.attribute("code", activity.code());
      if (!allocations.isEmpty()) {
        BigDecimal share = shareOf(activity, allocations);
        sum = sum.add(share);
        xml.attribute("percentage", share.toPlainString());
      } else if (equalShares) {
        xml.attribute("percentage", equal.get(index).toPlainString());
      }
      labels(activity);
      xml.end();
      index++;
    }
    if (!allocations.isEmpty() && sum.compareTo(BigDecimal.valueOf(100)) != 0) {
      findings.add(
          gap(
              Severity.WARNING,
              "/budget/allocations",
              "The allocations sum to "
                  + sum.toPlainString()
                  + ", not 100; IATI asks for sector percentages that sum to 100."));
    }
    return equalShares;
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

  private void modelTags(Programme programme, boolean equalShares) throws XMLStreamException {
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
    if (equalShares) {
      xml.start("tag");
      xml.attribute("vocabulary", OWN_VOCABULARY);
      xml.attribute("vocabulary-uri", ModelTag.SHARES_ASSUMED.uri());
      xml.attribute("code", ModelTag.EQUAL_SHARES);
      narrative("Equal shares assumed: the programme allocates no budget to its activities", "en");
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

  private static Finding gap(Severity severity, String pointer, String message) {
    return IatiFindings.exported(IatiProblem.EXPORT_GAP, severity, pointer, message);
  }
}
