package org.migrationmodel.iati;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.migrationmodel.programme.Budget;
import org.migrationmodel.programme.ProgrammeCountry;
import org.migrationmodel.taxonomy.Activity;
import org.migrationmodel.validation.Finding;
import org.migrationmodel.validation.Severity;

/**
 * Activities publishers really published (test resources {@code real/}, sources in SOURCES.md
 * there): each file is read whole, nothing in it is dropped silently, and each gives what its
 * publisher meant.
 */
class RealFilesImportTest {
  private static final Set<String> READ =
      Set.of(
          "/iati-activities",
          "/iati-activities/iati-activity",
          "/iati-activity",
          "/iati-activities/iati-activity/iati-identifier",
          "/iati-activity/iati-identifier",
          "/iati-activities/iati-activity/reporting-org",
          "/iati-activity/reporting-org",
          "/iati-activities/iati-activity/title",
          "/iati-activity/title",
          "/iati-activities/iati-activity/description",
          "/iati-activity/description",
          "/iati-activities/iati-activity/activity-date",
          "/iati-activity/activity-date",
          "/iati-activities/iati-activity/recipient-country",
          "/iati-activity/recipient-country",
          "/iati-activities/iati-activity/sector",
          "/iati-activity/sector",
          "/iati-activities/iati-activity/budget",
          "/iati-activity/budget");

  static Stream<String> files() {
    return Stream.of(
        "diterator_iom_DP.2154_dportal.xml",
        "iatidatastore_iati_activity_JP.xml",
        "dfid-version-1.xml",
        "spain-year-and-months.xml",
        "cerf-transaction-sectors.xml",
        "unicef-years-and-quarters.xml",
        "echo-contradicting-budgets.xml",
        "cbpf-objectives-only.xml",
        "afd-parent-and-child.xml");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("files")
  void everyActivityIsReadAndNothingDroppedSilently(String name) throws Exception {
    byte[] bytes = bytes(name);
    Iati.Imported imported = Iati.read(bytes);
    assertThat(imported.summary().complete()).isTrue();
    assertThat(imported.activities()).isNotEmpty();
    Coverage.assertEveryElementIsReadOrReported(bytes, imported, READ);
  }

  @Test
  void iomsBareActivityIsAboutDisplacedPeopleInSomalia() throws Exception {
    ImportedActivity activity = only("diterator_iom_DP.2154_dportal.xml");
    assertThat(activity.programme().id()).isEqualTo("DP.2154");
    assertThat(activity.programme().classification().primaryActivity())
        .contains(Activity.INTERNALLY_DISPLACED_PERSONS);
    assertThat(activity.programme().countries())
        .extracting(ProgrammeCountry::code)
        .containsExactly("SO");
    assertThat(activity.programme().budget().map(Budget::total))
        .contains(new BigDecimal("1459753.72"));
  }

  @Test
  void dfidsVersionOneActivitiesGiveTheirTitlesAndSectors() throws Exception {
    List<ImportedActivity> activities = Iati.read(bytes("dfid-version-1.xml")).activities();
    assertThat(activities)
        .extracting(a -> a.programme().title())
        .containsExactly(
            "Nile Basin Initiative", "PROCOFSERVICES and P0007 for Nile Basin Initiative");
    assertThat(activities.get(0).programme().period()).isPresent();
    assertThat(activities.get(1).findings())
        .filteredOn(f -> f.ruleId().equals(IatiProblem.NOT_MIGRATION.id()))
        .singleElement()
        .satisfies(finding -> assertThat(finding.message()).contains("vocabulary 1 code 14010"));
  }

  @Test
  void unicefsYearsAndQuartersCountOnceAndItsNegativeBudgetsAreNamed() throws Exception {
    ImportedActivity activity = only("unicef-years-and-quarters.xml");
    // 2014 to 2016 and 2018, the quarters kept; 2019's budgets are below zero.
    assertThat(activity.programme().budget().map(Budget::total))
        .contains(new BigDecimal("10079445.00"));
    assertThat(ruleIds(activity))
        .contains(IatiProblem.BUDGET_LEFT_OUT.id(), IatiProblem.NEGATIVE_BUDGET.id());
  }

  @Test
  void spainsYearAndItsLastMonthsCountOnce() throws Exception {
    assertThat(only("spain-year-and-months.xml").programme().budget().map(Budget::total))
        .contains(new BigDecimal("800000"));
  }

  @Test
  void echosContradictingBudgetsGiveNoTotalAndAWarning() throws Exception {
    ImportedActivity activity = only("echo-contradicting-budgets.xml");
    assertThat(activity.programme().budget()).isEmpty();
    assertThat(activity.findings())
        .anyMatch(
            f ->
                f.ruleId().equals(IatiProblem.INVALID_VALUE.id())
                    && f.severity() == Severity.WARNING
                    && f.message().contains("contradict"));
  }

  @Test
  void afdsParentAndChildCountTheirGrantOnce() throws Exception {
    List<ImportedActivity> activities = Iati.read(bytes("afd-parent-and-child.xml")).activities();
    assertThat(activities)
        .extracting(ImportedActivity::identifier)
        .containsExactly("FR-3-CCI1478", "FR-3-CCI147801");
    assertThat(
            activities.stream()
                .flatMap(activity -> activity.programme().budget().stream())
                .map(Budget::total)
                .reduce(BigDecimal.ZERO, BigDecimal::add))
        .isEqualByComparingTo("6860206");
    assertThat(activities.get(1).findings())
        .filteredOn(finding -> finding.ruleId().equals(IatiProblem.BUDGET_LEFT_OUT.id()))
        .singleElement()
        .satisfies(
            finding -> {
              assertThat(finding.location().path())
                  .isEqualTo("/iati-activities/iati-activity[2]/budget[1]");
              assertThat(finding.message()).contains("FR-3-CCI1478, above it");
            });
  }

  @Test
  void anActivityDescribedOnlyByItsObjectivesKeepsThemAsItsDescription() throws Exception {
    byte[] bytes = bytes("cbpf-objectives-only.xml");
    Iati.Imported imported = Iati.read(bytes);
    ImportedActivity activity = imported.activities().get(0);
    assertThat(activity.programme().description())
        .hasValueSatisfying(
            text ->
                assertThat(text)
                    .startsWith("ACTED\u2019s proposed 7-month intervention")
                    .endsWith("in camp settlements in Borno State."));
    assertThat(imported.summary().findings())
        .noneMatch(finding -> finding.location().path().contains("/description"));
  }

  @Test
  void cerfsTransactionSectorsAreTheEvidence() throws Exception {
    ImportedActivity activity = only("cerf-transaction-sectors.xml");
    assertThat(activity.proposals())
        .isNotEmpty()
        .allMatch(proposal -> proposal.evidence().contains("/transaction["));
  }

  @Test
  void theBudgetsOfUnopsGivenAsYearsAloneAreNotGuessed() throws Exception {
    ImportedActivity activity = only("iatidatastore_iati_activity_JP.xml");
    assertThat(activity.programme().title())
        .isEqualTo("Human Resources Services for UNHCR Representation in Japan");
    assertThat(activity.programme().budget()).isEmpty();
    assertThat(activity.findings())
        .anyMatch(
            f ->
                f.ruleId().equals(IatiProblem.INVALID_VALUE.id())
                    && f.location().path().equals("/iati-activity/budget[1]/period-start[1]"));
  }

  private static List<String> ruleIds(ImportedActivity activity) {
    return activity.findings().stream().map(Finding::ruleId).toList();
  }

  private static ImportedActivity only(String name) throws IOException {
    List<ImportedActivity> activities = Iati.read(bytes(name)).activities();
    assertThat(activities).hasSize(1);
    return activities.get(0);
  }

  private static byte[] bytes(String name) throws IOException {
    try (InputStream in = RealFilesImportTest.class.getResourceAsStream("real/" + name)) {
      if (in == null) {
        throw new UncheckedIOException(new IOException("missing test resource real/" + name));
      }
      return in.readAllBytes();
    }
  }
}
