package org.migrationmodel.iati;

import static org.assertj.core.api.Assertions.assertThat;
import static org.migrationmodel.iati.Iati.budget;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.migrationmodel.programme.Budget;
import org.migrationmodel.validation.Finding;
import org.migrationmodel.validation.Severity;

/**
 * Budgets as publishers give them, a year and its quarters, the same amount twice, revisions,
 * negative values: the total counts no money twice, and a finding names what was left out.
 */
class BudgetChoiceTest {
  private static final String ACTIVITY = "/iati-activities/iati-activity[1]";

  @Test
  void aYearAndItsQuartersCountOnceAndTheYearIsNamedAsLeftOut() {
    ImportedActivity activity =
        read(
            budget("2", "2", "2014-01-01", "2014-12-31", "400")
                + budget("2", "2", "2014-01-01", "2014-03-31", "100")
                + budget("2", "2", "2014-04-01", "2014-06-30", "100")
                + budget("2", "2", "2014-07-01", "2014-09-30", "100")
                + budget("2", "2", "2014-10-01", "2014-12-31", "100")
                + budget("2", "2", "2015-01-01", "2015-12-31", "50"));
    assertThat(total(activity)).contains(new BigDecimal("450"));
    Finding leftOut = only(activity, IatiProblem.BUDGET_LEFT_OUT);
    assertThat(leftOut.location().path()).isEqualTo(ACTIVITY + "/budget[1]");
    assertThat(leftOut.message())
        .startsWith("1 budget is left out")
        .contains("400 USD for 2014-01-01");
  }

  @Test
  void theSameAmountForAYearAndForItsLastMonthsCountsOnce() {
    ImportedActivity activity =
        read(
            budget("1", "1", "2020-01-01", "2020-12-31", "800000")
                + budget("1", "1", "2020-10-21", "2020-12-31", "800000"));
    assertThat(total(activity)).contains(new BigDecimal("800000"));
    assertThat(only(activity, IatiProblem.BUDGET_LEFT_OUT).message())
        .contains("800000 USD for 2020-01-01 to 2020-12-31 at " + ACTIVITY + "/budget[1]");
  }

  @Test
  void periodsThatShareOnlyTheirBoundaryDayAreConsecutiveAndEachCounts() {
    ImportedActivity activity =
        read(
            budget("1", "1", "2020-05-22", "2020-08-22", "1250000")
                + budget("1", "1", "2020-08-22", "2020-11-22", "1250000")
                + budget("1", "1", "2020-11-22", "2021-02-22", "1250000")
                + budget("2", "1", "2021-02-22", "2021-05-22", "1250000"));
    assertThat(total(activity)).contains(new BigDecimal("5000000"));
    assertThat(activity.findings())
        .extracting(Finding::ruleId)
        .doesNotContain(IatiProblem.BUDGET_LEFT_OUT.id());
  }

  @Test
  void aRevisedBudgetReplacesTheOriginalsItsPeriodOverlaps() {
    ImportedActivity activity =
        read(
            budget("1", "1", "2024-01-01", "2024-06-30", "100")
                + budget("1", "1", "2024-07-01", "2024-12-31", "100")
                + budget("2", "1", "2024-01-01", "2024-12-31", "150")
                + budget("1", "1", "2025-01-01", "2025-12-31", "70"));
    assertThat(total(activity)).contains(new BigDecimal("220"));
    assertThat(only(activity, IatiProblem.BUDGET_LEFT_OUT).message())
        .startsWith("2 budgets are left out")
        .contains("replaced by the revised budget at " + ACTIVITY + "/budget[3]");
  }

  @Test
  void ofTwoBudgetsForOnePeriodTheCommittedOneIsKept() {
    ImportedActivity activity =
        read(
            budget("1", "1", "2024-01-01", "2024-12-31", "90")
                + budget("1", "2", "2024-01-01", "2024-12-31", "100"));
    assertThat(total(activity)).contains(new BigDecimal("100"));
    assertThat(only(activity, IatiProblem.BUDGET_LEFT_OUT).location().path())
        .isEqualTo(ACTIVITY + "/budget[1]");
  }

  @Test
  void finerBudgetsThatAccountForPartOfAYearLeaveTheYearsTotal() {
    ImportedActivity activity =
        read(
            budget("1", "1", "2024-01-01", "2024-12-31", "1000")
                + budget("1", "1", "2024-01-01", "2024-03-31", "250"));
    assertThat(total(activity)).contains(new BigDecimal("1000"));
    assertThat(only(activity, IatiProblem.BUDGET_LEFT_OUT).message())
        .contains("250 USD")
        .contains("part of the larger budget at " + ACTIVITY + "/budget[1]");
  }

  @Test
  void finerBudgetsAddingUpToMoreThanTheirYearContradictItAndNoTotalIsKept() {
    ImportedActivity activity =
        read(
            budget("2", "2", "2018-10-01", "2018-12-31", "6320000")
                + budget("2", "2", "2020-07-01", "2020-09-30", "1580000")
                + budget("2", "2", "2020-01-01", "2020-12-31", "0"));
    assertThat(activity.programme().budget()).isEmpty();
    Finding contradiction = only(activity, IatiProblem.INVALID_VALUE);
    assertThat(contradiction.severity()).isEqualTo(Severity.WARNING);
    assertThat(contradiction.location().path()).isEqualTo(ACTIVITY + "/budget[3]");
    assertThat(contradiction.message())
        .contains("contradict")
        .contains("1580000 in the finer budget at " + ACTIVITY + "/budget[2] within that period");
  }

  @Test
  void aContradictionWithSeveralFinerBudgetsCountsThem() {
    ImportedActivity activity =
        read(
            budget("1", "1", "2024-01-01", "2024-03-31", "300")
                + budget("1", "1", "2024-04-01", "2024-06-30", "400")
                + budget("1", "1", "2024-01-01", "2024-12-31", "500"));
    assertThat(activity.programme().budget()).isEmpty();
    Finding contradiction = only(activity, IatiProblem.INVALID_VALUE);
    assertThat(contradiction.location().path()).isEqualTo(ACTIVITY + "/budget[3]");
    assertThat(contradiction.message())
        .contains("but 700 in the 2 finer budgets within that period");
  }

  @Test
  void aNegativeBudgetIsAFindingNotASubtraction() {
    ImportedActivity activity =
        read(
            budget("2", "2", "2018-01-01", "2018-12-31", "2")
                + budget("2", "2", "2019-01-01", "2019-12-31", "-3"));
    assertThat(total(activity)).contains(new BigDecimal("2"));
    Finding negative = only(activity, IatiProblem.NEGATIVE_BUDGET);
    assertThat(negative.severity()).isEqualTo(Severity.WARNING);
    assertThat(negative.location().path()).isEqualTo(ACTIVITY + "/budget[2]");
    assertThat(negative.message()).contains("-3 USD for 2019-01-01 to 2019-12-31");
  }

  @Test
  void budgetsThatDoNotOverlapAreAllCountedWithoutFinding() {
    ImportedActivity activity =
        read(
            budget("1", "1", "2024-01-01", "2024-12-31", "10")
                + budget("1", "1", "2025-01-01", "2025-12-31", "20.5"));
    assertThat(total(activity)).contains(new BigDecimal("30.5"));
    assertThat(activity.findings())
        .noneMatch(finding -> finding.ruleId().startsWith("iati-budget"));
  }

  private static ImportedActivity read(String budgets) {
    String file =
        "<iati-activities version=\"2.03\"><iati-activity default-currency=\"USD\">"
            + "<iati-identifier>XM-DAC-41122-1</iati-identifier><reporting-org ref=\"XM-DAC-41122\"/>"
            + "<title><narrative>T</narrative></title>"
            + budgets
            + "</iati-activity></iati-activities>";
    List<ImportedActivity> activities = Iati.read(file).activities();
    assertThat(activities).hasSize(1);
    return activities.get(0);
  }

  private static Optional<BigDecimal> total(ImportedActivity activity) {
    return activity.programme().budget().map(Budget::total);
  }

  private static Finding only(ImportedActivity activity, IatiProblem problem) {
    List<Finding> findings =
        activity.findings().stream().filter(f -> f.ruleId().equals(problem.id())).toList();
    assertThat(findings).as("%s findings", problem.id()).hasSize(1);
    return findings.get(0);
  }
}
