package org.migrationmodel.iati;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.migrationmodel.programme.Budget;
import org.migrationmodel.programme.ProgrammeCountry;
import org.migrationmodel.programme.ProgrammePeriod;
import org.migrationmodel.taxonomy.Activity;
import org.migrationmodel.taxonomy.Agency;
import org.migrationmodel.taxonomy.CountryRole;
import org.migrationmodel.validation.Severity;

/**
 * The forms real files take beyond IATI 2.03 as this library writes it: IATI 1.0x activities, each
 * activity's own version, a bare activity root, IATI's elements under a prefix, languages in upper
 * case, sectors and countries given on transactions, and previous organisation identifiers.
 */
class PublishedFormsImportTest {

  /** An IATI 1.01 activity in the form DFID published them: text in elements, named codes. */
  private static final String VERSION_ONE =
      "<iati-activities version=\"1.01\"><iati-activity xml:lang=\"en\""
          + " default-currency=\"GBP\">"
          + "<reporting-org ref=\"GB-1\" type=\"10\">DFID</reporting-org>"
          + "<participating-org ref=\"XM-DAC-47066\" role=\"Implementing\">IOM</participating-org>"
          + "<iati-identifier>GB-1-202214</iati-identifier>"
          + "<title>Return of migrants</title>"
          + "<title xml:lang=\"fr\">Retour des migrants</title>"
          + "<description>Assisted voluntary return</description>"
          + "<activity-date type=\"start-actual\">2013-06-01Z</activity-date>"
          + "<activity-date type=\"end-planned\" iso-date=\"2015-05-31\"/>"
          + "<recipient-country code=\"NE\">Niger</recipient-country>"
          + "<sector code=\"15190\" vocabulary=\"DAC\">Migration</sector>"
          + "<budget type=\"Original\"><period-start iso-date=\"2013-06-01\"/>"
          + "<period-end iso-date=\"2014-05-31\"/><value>1000</value></budget>"
          + "</iati-activity></iati-activities>";

  @Test
  void aVersionOneActivityGivesItsTitleDescriptionDatesSectorsCountriesAndBudget() {
    Iati.Imported imported = Iati.read(VERSION_ONE);
    ImportedActivity activity = imported.activities().get(0);
    assertThat(activity.programme().id()).isEqualTo("202214");
    assertThat(activity.programme().title()).isEqualTo("Return of migrants");
    assertThat(activity.programme().description()).contains("Assisted voluntary return");
    assertThat(activity.programme().period())
        .contains(ProgrammePeriod.of(LocalDate.parse("2013-06-01"), LocalDate.parse("2015-05-31")));
    assertThat(activity.programme().countries())
        .containsExactly(ProgrammeCountry.of("NE", CountryRole.HOST));
    assertThat(activity.programme().budget())
        .contains(Budget.builder().currency("GBP").total(new BigDecimal("1000")).build());
    assertThat(activity.programme().partners()).containsExactly(Agency.IOM);
    assertThat(activity.classificationSource()).isEqualTo(ClassificationSource.PROPOSED);
    assertThat(activity.proposals())
        .allMatch(proposal -> proposal.source() == Proposal.Source.DAC_SECTOR);
    assertThat(activity.findings()).noneMatch(finding -> finding.severity() != Severity.INFO);
    assertThat(imported.summary().findings())
        .noneMatch(finding -> finding.ruleId().equals(IatiProblem.INVALID_VALUE.id()));
  }

  @Test
  void eachActivityIsReadByItsOwnVersionWhichDportalGives() {
    String mixed =
        "<iati-activities version=\"2.03\""
            + " xmlns:iati-activities=\"http://d-portal.org/xmlns/iati-activities\">"
            + "<iati-activity iati-activities:version=\"1.05\"><iati-identifier>A-1</iati-identifier>"
            + "<title>First</title><title xml:lang=\"fr\">Premier</title></iati-activity>"
            + "<iati-activity iati-activities:version=\"2.02\"><iati-identifier>A-2</iati-identifier>"
            + "<title><narrative>Second</narrative></title><title><narrative>Again</narrative>"
            + "</title></iati-activity></iati-activities>";
    Iati.Imported imported = Iati.read(mixed);
    assertThat(imported.activities())
        .extracting(a -> a.programme().title())
        .containsExactly("First", "Second");
    assertThat(imported.activities().get(0).findings())
        .noneMatch(finding -> finding.ruleId().equals(IatiProblem.REPEATED.id()));
    assertThat(imported.activities().get(1).findings())
        .anyMatch(
            finding ->
                finding.ruleId().equals(IatiProblem.REPEATED.id())
                    && finding
                        .location()
                        .path()
                        .equals("/iati-activities/iati-activity[2]/title[2]"));
  }

  @Test
  void textBetweenAnActivitysElementsIsCountedEvenAroundATitle() {
    Iati.Imported imported =
        Iati.read(
            "<iati-activities version=\"2.03\"><iati-activity>stray<title><narrative>T"
                + "</narrative></title><iati-identifier>A-1</iati-identifier></iati-activity>"
                + "</iati-activities>");
    assertThat(imported.activities().get(0).programme().title()).isEqualTo("T");
    assertThat(imported.summary().findings())
        .anyMatch(
            finding ->
                finding.location().path().equals("/iati-activities/iati-activity[1]/text()"));
  }

  /**
   * The World Bank's IATI 1.0x activities name their description's type and give each date twice,
   * as written and as {@code iso-date}.
   */
  @Test
  void aNamedDescriptionTypeIsReadAndADatesTextIsReportedAtTheDate() {
    Iati.Imported imported =
        Iati.read(
            "<iati-activities version=\"1.03\"><iati-activity xml:lang=\"en\">"
                + "<iati-identifier>44000-P070656</iati-identifier>"
                + "<title>Forestry and Environment</title>"
                + "<description type=\"General\">Forest policy reform.</description>"
                + "<description type=\"Target Groups\">Rural households.</description>\n"
                + "<activity-date type=\"start-planned\" iso-date=\"2001-09-28\">2001-09-28"
                + "</activity-date>\n"
                + "<activity-date type=\"end-planned\" iso-date=\"2011-12-31\"/>"
                + "</iati-activity></iati-activities>");
    ImportedActivity activity = imported.activities().get(0);
    assertThat(activity.programme().description()).contains("Forest policy reform.");
    assertThat(activity.programme().period())
        .contains(ProgrammePeriod.of(LocalDate.parse("2001-09-28"), LocalDate.parse("2011-12-31")));
    assertThat(imported.summary().findings())
        .extracting(finding -> finding.location().path())
        .contains(
            "/iati-activities/iati-activity[1]/activity-date[1]",
            "/iati-activities/iati-activity[1]/description[2]")
        .doesNotContain("/iati-activities/iati-activity[1]/text()");
  }

  @Test
  void textInABudgetIsNotedAtTheBudgetAndItsAmountStillCounts() {
    Iati.Imported imported =
        Iati.read(
            "<iati-activities version=\"2.03\"><iati-activity default-currency=\"EUR\">"
                + "<iati-identifier>A-1</iati-identifier><title><narrative>T</narrative></title>"
                + "<budget>Year one<period-start iso-date=\"2024-01-01\"/>"
                + "<period-end iso-date=\"2024-12-31\"/><value>500</value></budget>"
                + "</iati-activity></iati-activities>");
    assertThat(imported.activities().get(0).programme().budget())
        .contains(Budget.builder().currency("EUR").total(new BigDecimal("500")).build());
    assertThat(imported.summary().findings())
        .extracting(finding -> finding.location().path())
        .contains("/iati-activities/iati-activity[1]/budget[1]")
        .doesNotContain("/iati-activities/iati-activity[1]/text()");
  }

  /** DFID's 1.01 files give IOM by its bare channel code; the EU names UNHCR without "Office". */
  @Test
  void partnersAreFoundByTheirChannelCodeAndByTheNamesPublishersWrite() {
    Iati.Imported imported =
        Iati.read(
            "<iati-activities version=\"2.03\"><iati-activity>"
                + "<iati-identifier>A-1</iati-identifier><title><narrative>T</narrative></title>"
                + "<participating-org ref=\"47066\" role=\"4\"><narrative>International"
                + " Organisation for Migration</narrative></participating-org>"
                + "<participating-org ref=\"N/A\" role=\"4\"><narrative>UNITED NATIONS HIGH"
                + " COMMISSIONER FOR REFUGEES</narrative></participating-org>"
                + "<participating-org role=\"4\"><narrative>Office of the United Nations High"
                + " Commissioner for Human Rights (OHCHR)</narrative></participating-org>"
                + "<participating-org role=\"4\"><narrative>International Labour Organisation"
                + "</narrative></participating-org>"
                + "<participating-org role=\"4\"><narrative>Save the Children</narrative>"
                + "</participating-org>"
                + "</iati-activity></iati-activities>");
    assertThat(imported.activities().get(0).programme().partners())
        .containsExactly(Agency.IOM, Agency.UNHCR, Agency.OHCHR, Agency.ILO);
    assertThat(imported.summary().findings())
        .anyMatch(
            finding ->
                finding
                        .location()
                        .path()
                        .equals("/iati-activities/iati-activity[1]/participating-org[5]")
                    && finding.message().contains("other than the model's agencies"));
  }

  @Test
  void aBareActivityRootIsOneActivity() {
    Iati.Imported imported =
        Iati.read(
            "<iati-activity xml:lang=\"EN\"><iati-identifier>XM-DAC-47066-DP.1</iati-identifier>"
                + "<reporting-org ref=\"XM-DAC-47066\"/><title><narrative>Camps</narrative></title>"
                + "<recipient-country code=\"SO\"/></iati-activity>");
    assertThat(imported.summary().complete()).isTrue();
    assertThat(imported.summary().activities()).isEqualTo(1);
    ImportedActivity activity = imported.activities().get(0);
    assertThat(activity.programme().id()).isEqualTo("DP.1");
    assertThat(activity.findings())
        .anyMatch(
            finding -> finding.location().path().equals("/iati-activity/recipient-country[1]"));
    assertThat(activity.findings())
        .anyMatch(
            finding ->
                finding.ruleId().equals(IatiProblem.MISSING.id())
                    && finding.location().path().equals("/iati-activity")
                    && finding.message().contains("no start or end date"));
  }

  @Test
  void iatiElementsUnderAPrefixAreRead() {
    String prefixed =
        "<ns0:iati-activities xmlns:ns0=\"http://example.org/iati\" ns0:version=\"2.03\">"
            + "<ns0:iati-activity><ns0:iati-identifier>XM-DAC-47066-P</ns0:iati-identifier>"
            + "<ns0:reporting-org ns0:ref=\"XM-DAC-47066\"/>"
            + "<ns0:title><ns0:narrative>Borders</ns0:narrative></ns0:title>"
            + "<ns0:sector ns0:vocabulary=\"1\" ns0:code=\"15136\"/>"
            + "</ns0:iati-activity></ns0:iati-activities>";
    Iati.Imported imported = Iati.read(prefixed);
    assertThat(imported.summary().findings()).isEmpty();
    ImportedActivity activity = imported.activities().get(0);
    assertThat(activity.programme().id()).isEqualTo("P");
    assertThat(activity.programme().title()).isEqualTo("Borders");
    assertThat(activity.programme().classification().primaryActivity())
        .contains(Activity.VISA_ENTRY_AND_STAY_SYSTEMS);
  }

  @Test
  void sectorsAndCountriesGivenOnlyOnTransactionsAreWeightedByValue() {
    String transactions =
        "<iati-activities version=\"2.03\"><iati-activity default-currency=\"USD\">"
            + "<iati-identifier>XM-OCHA-CERF-1</iati-identifier>"
            + "<reporting-org ref=\"XM-OCHA-CERF\"/><title><narrative>Grant</narrative></title>"
            + transaction("300", "72010", "SD")
            + transaction("100", "12220", "SS")
            + "</iati-activity></iati-activities>";
    ImportedActivity activity = Iati.read(transactions).activities().get(0);
    assertThat(activity.programme().countries())
        .extracting(ProgrammeCountry::code)
        .containsExactly("SD", "SS");
    assertThat(activity.classificationSource()).isEqualTo(ClassificationSource.PROPOSED);
    Proposal first = activity.proposals().get(0);
    assertThat(first.source()).isEqualTo(Proposal.Source.DAC_SECTOR);
    assertThat(first.evidence())
        .contains("DAC 72010 (75%)")
        .contains("/iati-activities/iati-activity[1]/transaction[1]/sector[1]");
    assertThat(first.weight()).isCloseTo(0.15, within(1e-9));
  }

  @Test
  void anIdentifierBeginningWithAPreviousOrganisationIdentifierDeclaredAsB1IsAccepted() {
    String renamed =
        "<iati-activities version=\"2.03\"><iati-activity>"
            + "<iati-identifier>GB-1-204805-112</iati-identifier>"
            + "<reporting-org ref=\"GB-GOV-1\"/>"
            + "<title><narrative>T</narrative></title>"
            + "<other-identifier ref=\"GB-1\" type=\"B1\"/>"
            + "</iati-activity></iati-activities>";
    ImportedActivity activity = Iati.read(renamed).activities().get(0);
    assertThat(activity.programme().id()).isEqualTo("204805-112");
    assertThat(activity.findings())
        .noneMatch(finding -> finding.ruleId().equals(IatiProblem.IDENTIFIER_PREFIX.id()));
  }

  @Test
  void anUnknownVersionIsReportedOnceAndTheFileStillRead() {
    Iati.Imported imported =
        Iati.read(
            "<iati-activities version=\"9.9\"><iati-activity><iati-identifier>X-1"
                + "</iati-identifier><title><narrative>T</narrative></title></iati-activity>"
                + "</iati-activities>");
    assertThat(imported.activities()).hasSize(1);
    assertThat(imported.summary().findings())
        .filteredOn(finding -> finding.ruleId().equals(IatiProblem.INVALID_VALUE.id()))
        .singleElement()
        .satisfies(f -> assertThat(f.location().path()).isEqualTo("/iati-activities/@version"));
  }

  @Test
  void theObjectivesDescribeAnActivityOnlyWhenItGivesNoGeneralDescription() {
    String objectives = "<description type=\"2\"><narrative>Objectives</narrative></description>";
    String targetGroups = "<description type=\"3\"><narrative>Groups</narrative></description>";
    String general = "<description><narrative>General</narrative></description>";
    Iati.Imported imported =
        Iati.read(
            "<iati-activities version=\"2.03\">"
                + activity("X-1", targetGroups + objectives + general)
                + activity("X-2", targetGroups + objectives)
                + activity("X-3", targetGroups)
                + "</iati-activities>");
    assertThat(imported.activities())
        .extracting(a -> a.programme().description().orElse(""))
        .containsExactly("General", "Objectives", "");
    assertThat(imported.summary().findings())
        .filteredOn(finding -> finding.ruleId().equals(IatiProblem.UNMAPPED.id()))
        .filteredOn(finding -> finding.location().path().contains("/description"))
        .extracting(finding -> finding.location().path(), finding -> finding.message())
        .satisfiesExactlyInAnyOrder(
            targetGroupsOfAll ->
                assertThat(targetGroupsOfAll.toList())
                    .containsExactly(
                        "/iati-activities/iati-activity[1]/description[1]",
                        "The model keeps only the general description (type 1), not type 3: 3 in 3"
                            + " activities, the first here."),
            objectivesOfTheFirst ->
                assertThat(objectivesOfTheFirst.toList())
                    .containsExactly(
                        "/iati-activities/iati-activity[1]/description[2]",
                        "The model keeps only the general description (type 1), and the objectives"
                            + " (type 2) where there is none: 1 in 1 activity, the first here."));
  }

  /** The African Development Bank gives each language its own title and description elements. */
  @Test
  void aTitleOrDescriptionGivenOncePerLanguageIsATranslationNotASecondOne() {
    String activityPath = "/iati-activities/iati-activity[1]";
    Iati.Imported imported =
        Iati.read(
            "<iati-activities version=\"2.03\"><iati-activity xml:lang=\"en\">"
                + "<iati-identifier>X-1</iati-identifier>"
                + "<title><narrative xml:lang=\"fr\">Appui</narrative></title>"
                + "<title><narrative xml:lang=\"en\">Support</narrative></title>"
                + "<description type=\"2\"><narrative xml:lang=\"fr\">Objectifs</narrative>"
                + "</description>"
                + "<description type=\"1\"><narrative xml:lang=\"fr\">Le projet</narrative>"
                + "</description>"
                + "<description type=\"2\"><narrative xml:lang=\"en\">Objectives</narrative>"
                + "</description>"
                + "<description type=\"1\"><narrative xml:lang=\"en\">The project</narrative>"
                + "</description>"
                + "<description type=\"1\"><narrative xml:lang=\"en\">Again</narrative>"
                + "</description>"
                + "</iati-activity></iati-activities>");
    ImportedActivity activity = imported.activities().get(0);
    assertThat(activity.programme().title()).isEqualTo("Support");
    assertThat(activity.programme().description()).contains("The project");
    // Only the element that gives a language again is a second one.
    assertThat(activity.findings())
        .filteredOn(finding -> finding.ruleId().equals(IatiProblem.REPEATED.id()))
        .singleElement()
        .satisfies(
            finding ->
                assertThat(finding.location().path()).isEqualTo(activityPath + "/description[5]"));
    assertThat(imported.summary().findings())
        .filteredOn(finding -> finding.ruleId().equals(IatiProblem.UNMAPPED.id()))
        .filteredOn(finding -> finding.message().contains("objectives (type 2)"))
        .singleElement()
        .satisfies(
            finding -> {
              assertThat(finding.location().path()).isEqualTo(activityPath + "/description[1]");
              assertThat(finding.message()).contains("2 in 1 activity");
            });
  }

  private static String activity(String identifier, String descriptions) {
    return "<iati-activity><iati-identifier>"
        + identifier
        + "</iati-identifier><title><narrative>T</narrative></title>"
        + descriptions
        + "</iati-activity>";
  }

  private static String transaction(String value, String sector, String country) {
    return "<transaction><transaction-type code=\"3\"/><value>"
        + value
        + "</value><sector vocabulary=\"1\" code=\""
        + sector
        + "\"/><recipient-country code=\""
        + country
        + "\"/></transaction>";
  }
}
