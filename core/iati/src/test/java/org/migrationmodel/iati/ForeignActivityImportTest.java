package org.migrationmodel.iati;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.migrationmodel.programme.Budget;
import org.migrationmodel.programme.ProgrammeCountry;
import org.migrationmodel.programme.ProgrammePeriod;
import org.migrationmodel.taxonomy.Activity;
import org.migrationmodel.taxonomy.Agency;
import org.migrationmodel.taxonomy.CountryRole;
import org.migrationmodel.text.TextClassifier;
import org.migrationmodel.validation.Finding;
import org.migrationmodel.validation.Severity;
import org.migrationmodel.validation.StandardRule;
import org.migrationmodel.validation.Validator;

/** Activities this library did not write: what is read, proposed, assumed and reported. */
class ForeignActivityImportTest {
  private static final String ACTIVITY_PATH = "/iati-activities/iati-activity[1]";

  private static String file(String activityAttributes, String body) {
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<iati-activities version=\"2.03\">\n"
        + "<iati-activity"
        + activityAttributes
        + ">\n<iati-identifier>XM-DAC-47066-P1</iati-identifier>\n"
        + "<reporting-org ref=\"XM-DAC-47066\" type=\"40\"><narrative>IOM</narrative>"
        + "</reporting-org>\n"
        + body
        + "\n</iati-activity>\n</iati-activities>\n";
  }

  private static ImportedActivity only(String file) {
    Iati.Imported imported = Iati.read(file);
    assertThat(imported.summary().complete()).isTrue();
    assertThat(imported.activities()).hasSize(1);
    return imported.activities().get(0);
  }

  /** The file's grouped finding on what is not kept whose first place is the given XPath. */
  private static Finding notKept(String file, String xpath) {
    return Iati.read(file).summary().findings().stream()
        .filter(finding -> finding.ruleId().equals(IatiProblem.UNMAPPED.id()))
        .filter(finding -> finding.location().path().equals(xpath))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no grouped finding at " + xpath));
  }

  /**
   * Region 998 is how this library writes "no country"; another publisher's share of its money for
   * developing countries unspecified, beside countries, is a region the model cannot keep.
   */
  @Test
  void regionNineNineEightOfAnotherPublisherIsNotedAsNotKept() {
    String document =
        file(
            "",
            "<title><narrative>T</narrative></title>"
                + "<recipient-country code=\"ML\" percentage=\"75\"/>"
                + "<recipient-region code=\"998\" vocabulary=\"1\" percentage=\"25\"/>");
    assertThat(only(document).programme().countries())
        .extracting(country -> country.code())
        .containsExactly("ML");
    assertThat(notKept(document, ACTIVITY_PATH + "/recipient-region[1]").message())
        .contains("no place for recipient regions");
  }

  /** The World Bank writes {@code <activity-date type="1"></activity-date>}: no date at all. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "<activity-date type=\"1\"></activity-date>|No date is given; it is ignored",
        "<activity-date type=\"1\" iso-date=\"2020-13-45\"/>|'2020-13-45' is not a date"
      })
  void aDateThatIsMissingOrWrongIsNamedAsSuchAtTheDate(String date, String message) {
    ImportedActivity activity = only(file("", "<title><narrative>T</narrative></title>" + date));
    assertThat(activity.findings())
        .filteredOn(finding -> finding.ruleId().equals(IatiProblem.INVALID_VALUE.id()))
        .singleElement()
        .satisfies(
            finding -> {
              assertThat(finding.location().path()).isEqualTo(ACTIVITY_PATH + "/activity-date[1]");
              assertThat(finding.message()).contains(message);
            });
  }

  /** IATI identifiers may hold ':', as GlobalGiving's "US-EIN-300108263-GGProj:17127" does. */
  @Test
  void anIdentifierWithAColonGivesAnIdTheValidatorAccepts() {
    String document =
        file("", "<title><narrative>Return</narrative></title>")
            .replace("XM-DAC-47066-P1", "XM-DAC-47066-GGProj:17127");
    ImportedActivity activity = only(document);
    assertThat(activity.programme().id()).isEqualTo("GGProj:17127");
    assertThat(Validator.standard().validate(activity.programme()).findings())
        .extracting(Finding::ruleId)
        .doesNotContain(StandardRule.ID_FORMAT.id());
  }

  @Test
  void aDacCodeLinkedToOneActivityProposesItAsPrimaryWithItsEvidence() {
    ImportedActivity activity =
        only(
            file(
                "",
                "<title><narrative>Remittances</narrative></title>\n"
                    + "<sector vocabulary=\"1\" code=\"24050\" percentage=\"100\"/>"));
    assertThat(activity.classificationSource()).isEqualTo(ClassificationSource.PROPOSED);
    assertThat(activity.programme().classification().primaryActivity())
        .contains(Activity.REMITTANCES_AND_MONEY_TRANSFERS);
    Proposal first = activity.proposals().get(0);
    assertThat(first.activity()).isEqualTo(Activity.REMITTANCES_AND_MONEY_TRANSFERS);
    assertThat(first.source()).isEqualTo(Proposal.Source.DAC_SECTOR);
    assertThat(first.evidence()).contains("DAC 24050").contains(ACTIVITY_PATH + "/sector[1]");
    assertThat(activity.findings())
        .anyMatch(
            finding ->
                finding.ruleId().equals(IatiProblem.PROPOSED.id())
                    && finding.message().contains("REMITTANCES_AND_MONEY_TRANSFERS"));
  }

  @Test
  void theGeneralMigrationCodeAloneProposesCandidatesButNoPrimary() {
    ImportedActivity activity =
        only(
            file(
                "",
                "<title><narrative>Migration</narrative></title>\n" + "<sector code=\"15190\"/>"));
    assertThat(activity.classificationSource()).isEqualTo(ClassificationSource.PROPOSED);
    assertThat(activity.programme().classification().primaryActivity()).isEmpty();
    assertThat(activity.proposals()).hasSizeGreaterThan(1);
  }

  @Test
  void theTextClassifierAddsItsSuggestionsAndCanSingleOutThePrimary() {
    TextClassifier keywords =
        TextClassifiers.pointingTo(Activity.COUNTER_TRAFFICKING, 0.8, "trafficking");
    String document =
        file(
            "",
            "<title><narrative>Shelters for victims of trafficking</narrative></title>\n"
                + "<sector vocabulary=\"1\" code=\"15190\" percentage=\"100\"/>");
    Iati.Imported imported =
        Iati.read(IatiImporter.standard().withTextClassifier(keywords), document.getBytes());
    ImportedActivity activity = imported.activities().get(0);
    assertThat(activity.programme().classification().primaryActivity())
        .contains(Activity.COUNTER_TRAFFICKING);
    assertThat(activity.proposals().get(0).activity()).isEqualTo(Activity.COUNTER_TRAFFICKING);
    assertThat(activity.proposals())
        .anyMatch(
            proposal ->
                proposal.source() == Proposal.Source.TEXT
                    && proposal.evidence().equals("text (en): trafficking"));
  }

  @Test
  void withoutMigrationEvidenceNothingIsProposedAndOneFindingSaysWhatWasLookedAt() {
    ImportedActivity activity =
        only(
            file(
                "",
                "<title><narrative>Rural roads</narrative></title>\n"
                    + "<sector vocabulary=\"1\" code=\"21020\" percentage=\"100\"/>"));
    assertThat(activity.classificationSource()).isEqualTo(ClassificationSource.NONE);
    assertThat(activity.proposals()).isEmpty();
    assertThat(activity.programme().classification().activities()).isEmpty();
    assertThat(activity.findings())
        .filteredOn(finding -> finding.ruleId().equals(IatiProblem.NOT_MIGRATION.id()))
        .singleElement()
        .satisfies(
            finding -> {
              assertThat(finding.severity()).isEqualTo(Severity.INFO);
              assertThat(finding.location().path()).isEqualTo(ACTIVITY_PATH);
              assertThat(finding.message()).contains("vocabulary 1 code 21020");
            });
  }

  @Test
  void theTextAloneDoesNotMakeAnActivityAboutMigration() {
    TextClassifier eager = TextClassifiers.pointingTo(Activity.CULTURAL_ORIENTATION, 0.9, "lives");
    String document =
        file(
            "",
            "<title><narrative>Saving lives</narrative></title>\n"
                + "<sector vocabulary=\"1\" code=\"12220\"/>");
    ImportedActivity activity =
        Iati.read(IatiImporter.standard().withTextClassifier(eager), document.getBytes())
            .activities()
            .get(0);
    assertThat(activity.classificationSource()).isEqualTo(ClassificationSource.NONE);
    assertThat(activity.proposals()).isEmpty();
  }

  @Test
  void theTitleInTheActivityLanguageIsKeptAndTheOthersAreCountedOnce() {
    String file =
        file(
            " xml:lang=\"FR\"",
            "<title><narrative xml:lang=\"en\">Return</narrative>"
                + "<narrative>Retour</narrative>"
                + "<narrative xml:lang=\"es\">Retorno</narrative></title>");
    assertThat(only(file).programme().title()).isEqualTo("Retour");
    assertThat(notKept(file, ACTIVITY_PATH + "/title[1]/narrative[1]").message())
        .contains(": 2 in 1 activity");
  }

  @Test
  void actualDatesWinOverPlannedOnesWhichAreReported() {
    String file =
        file(
            "",
            "<title><narrative>T</narrative></title>\n"
                + "<activity-date type=\"1\" iso-date=\"2024-01-01\"/>\n"
                + "<activity-date type=\"2\" iso-date=\"2024-02-01\"/>\n"
                + "<activity-date type=\"3\" iso-date=\"2025-12-31\"/>");
    ImportedActivity activity = only(file);
    assertThat(activity.programme().period())
        .contains(ProgrammePeriod.of(LocalDate.parse("2024-02-01"), LocalDate.parse("2025-12-31")));
    assertThat(notKept(file, ACTIVITY_PATH + "/activity-date[1]").message())
        .contains("planned start");
  }

  @Test
  void recipientCountriesAreReadWithAnAssumedRole() {
    ImportedActivity activity =
        only(
            file(
                "",
                "<title><narrative>T</narrative></title>\n"
                    + "<recipient-country code=\"ML\" percentage=\"100\"/>"));
    assertThat(activity.programme().countries())
        .containsExactly(ProgrammeCountry.of("ML", CountryRole.HOST));
    assertThat(activity.findings())
        .anyMatch(
            finding ->
                finding.ruleId().equals(IatiProblem.ROLE_ASSUMED.id())
                    && finding.location().path().equals(ACTIVITY_PATH + "/recipient-country[1]")
                    && finding.line().orElse(0) == 7);
  }

  @Test
  void anIdentifierWithoutTheOrganisationPrefixIsKeptWholeAndReported() {
    String document =
        "<iati-activities version=\"2.03\"><iati-activity>\n"
            + "  <iati-identifier>GB-1-123</iati-identifier>\n"
            + "<reporting-org ref=\"XM-DAC-47066\" type=\"40\"/>"
            + "<title><narrative>T</narrative></title></iati-activity></iati-activities>";
    ImportedActivity activity = Iati.read(document).activities().get(0);
    assertThat(activity.programme().id()).isEqualTo("GB-1-123");
    // The finding points at the identifier, its path and its line, not at the activity's line.
    assertThat(activity.findings())
        .filteredOn(finding -> finding.ruleId().equals(IatiProblem.IDENTIFIER_PREFIX.id()))
        .singleElement()
        .satisfies(
            finding -> {
              assertThat(finding.location().path())
                  .isEqualTo(ACTIVITY_PATH + "/iati-identifier[1]");
              assertThat(finding.line().orElse(0)).isEqualTo(2);
            });
  }

  @Test
  void aRevisedBudgetReplacesTheOriginalForItsPeriodAndTheDefaultCurrencyApplies() {
    ImportedActivity activity =
        only(
            file(
                " default-currency=\"EUR\"",
                "<title><narrative>T</narrative></title>\n"
                    + budget("1", "2024-01-01", "2024-12-31", "", "100")
                    + budget("2", "2024-01-01", "2024-12-31", "", "150.50")
                    + budget("1", "2025-01-01", "2025-12-31", "", "200")));
    assertThat(activity.programme().budget())
        .contains(Budget.builder().currency("EUR").total(new BigDecimal("350.50")).build());
  }

  @Test
  void budgetsInSeveralCurrenciesGiveNoBudgetAndAFinding() {
    ImportedActivity activity =
        only(
            file(
                "",
                "<title><narrative>T</narrative></title>\n"
                    + budget("1", "2024-01-01", "2024-12-31", "USD", "100")
                    + budget("1", "2025-01-01", "2025-12-31", "EUR", "100")));
    assertThat(activity.programme().budget()).isEmpty();
    assertThat(activity.findings())
        .anyMatch(
            finding ->
                finding.ruleId().equals(IatiProblem.INVALID_VALUE.id())
                    && finding.severity() == Severity.WARNING
                    && finding.message().contains("several currencies"));
  }

  @Test
  void implementingAgenciesBecomePartnersAndOtherOrganisationsAreCounted() {
    String file =
        file(
            "",
            "<title><narrative>T</narrative></title>\n"
                + "<participating-org ref=\"XM-DAC-41121\" role=\"4\"/>\n"
                + "<participating-org role=\"Implementing\"><narrative>International Labour"
                + " Organization</narrative></participating-org>\n"
                + "<participating-org ref=\"GB-GOV-1\" role=\"1\"/>");
    assertThat(only(file).programme().partners()).containsExactly(Agency.UNHCR, Agency.ILO);
    assertThat(notKept(file, ACTIVITY_PATH + "/participating-org[3]").message())
        .contains("role 1")
        .contains(": 1 in 1 activity");
  }

  private static String budget(
      String type, String start, String end, String currency, String value) {
    return "<budget type=\""
        + type
        + "\"><period-start iso-date=\""
        + start
        + "\"/><period-end iso-date=\""
        + end
        + "\"/><value"
        + (currency.isEmpty() ? "" : " currency=\"" + currency + "\"")
        + " value-date=\""
        + start
        + "\">"
        + value
        + "</value></budget>\n";
  }
}
