package org.migrationmodel.iati;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.migrationmodel.programme.Budget;
import org.migrationmodel.validation.Finding;
import org.migrationmodel.validation.Severity;

/**
 * No budget is counted twice across the activities of a file. A parent activity and its child, both
 * with budgets, as the French development agency publishes them (6,860,206 EUR each for one grant):
 * a total over the file's programmes counts the money once, whichever of the two comes first, and a
 * finding on the one left out names the other. Relations that the activities' levels contradict
 * leave both budgets alone. An activity read twice counts its budget once, with a warning on the
 * repeat.
 */
class CountedOnceTest {
  private static final String PARENT = "FR-3-CCI1478";
  private static final String CHILD = "FR-3-CCI147801";

  @Test
  void aChildReadAfterItsParentLeavesItsBudgetOutAndNamesTheParent() {
    List<ImportedActivity> activities =
        read(
            activity(PARENT, 1, "6860206", related(CHILD, 2))
                + activity(CHILD, 2, "6860206", related(PARENT, 1)));
    assertThat(total(activities.get(0))).contains(new BigDecimal("6860206"));
    assertThat(total(activities.get(1))).isEmpty();
    Finding leftOut = leftOut(activities.get(1));
    assertThat(leftOut.location().path()).isEqualTo("/iati-activities/iati-activity[2]/budget[1]");
    assertThat(leftOut.message())
        .contains("6860206 EUR for 2014-12-09 to 2015-12-08")
        .contains(PARENT + ", above it");
    assertThat(leftOuts(activities.get(0))).isEmpty();
  }

  @Test
  void aParentReadAfterItsChildrenLeavesItsBudgetOutAndNamesThem() {
    String second = "FR-3-CCI147802";
    List<ImportedActivity> activities =
        read(
            activity(CHILD, 2, "600", "")
                + activity(second, 2, "400", "")
                + activity(PARENT, 1, "1000", related(CHILD, 2) + related(second, 2)));
    assertThat(activities.stream().map(CountedOnceTest::total).toList())
        .containsExactly(
            Optional.of(new BigDecimal("600")),
            Optional.of(new BigDecimal("400")),
            Optional.empty());
    assertThat(leftOut(activities.get(2)).message())
        .contains("1000 EUR for 2014-12-09")
        .contains(CHILD + " and " + second + ", below it");
  }

  @Test
  void aGrandchildIsHeldByTheParentOfAChildWithoutBudget() {
    String grandchild = "FR-3-CCI14780101";
    List<ImportedActivity> activities =
        read(
            activity(PARENT, 1, "900", "")
                + activity(CHILD, 2, null, related(PARENT, 1))
                + activity(grandchild, 3, "300", related(CHILD, 1)));
    assertThat(total(activities.get(0))).contains(new BigDecimal("900"));
    assertThat(total(activities.get(2))).isEmpty();
    assertThat(leftOut(activities.get(2)).message()).contains(PARENT + ", above it");
  }

  @Test
  void relationsTheActivitiesContradictLeaveBothBudgets() {
    // ECHO's action, at level 2, names the plan of level 1 that funds it as its child, and the
    // plan names the action as its child.
    String action = "XI-IATI-EC_ECHO-ECHO/TUR/BUD/2020/91008";
    String plan = "XI-IATI-EC_ECHO-ECHO/TUR/BUD/2020/91000";
    List<ImportedActivity> mutual =
        read(
            activity(action, 2, "16000000", related(plan, 2))
                + activity(plan, 1, "400000000", related(action, 2)));
    // A child whose level is above its parent's.
    List<ImportedActivity> inverted =
        read(activity(PARENT, 2, "900", "") + activity(CHILD, 1, "300", related(PARENT, 1)));
    assertThat(Stream.concat(mutual.stream(), inverted.stream()))
        .allSatisfy(activity -> assertThat(total(activity)).isPresent())
        .allSatisfy(activity -> assertThat(leftOuts(activity)).isEmpty());
  }

  @Test
  void aParentsBudgetOfZeroHoldsNothing() {
    List<ImportedActivity> activities =
        read(
            activity(PARENT, 1, "0", "")
                + activity(CHILD, 2, "500", related(PARENT, 1))
                + withBudgets(
                    "FR-3-CCI1479", 1, year(2014, "0") + year(2015, "700"), related(CHILD + "B", 2))
                + withBudgets(CHILD + "B", 2, year(2014, "500"), ""));
    assertThat(activities.stream().map(CountedOnceTest::total).toList())
        .containsExactly(
            Optional.of(BigDecimal.ZERO),
            Optional.of(new BigDecimal("500")),
            Optional.of(new BigDecimal("700")),
            Optional.of(new BigDecimal("500")));
  }

  /**
   * Finland names last year's record of a grant, at the same level, as this year's parent: the two
   * hold the same money only for the years both give.
   */
  @Test
  void aChildIsHeldOnlyForThePeriodsItsParentsBudgetsGive() {
    String lastYear = "FI-3-2020-2017170342";
    String thisYear = "FI-3-2021-2017170342";
    List<ImportedActivity> activities =
        read(
            withBudgets(lastYear, 0, year(2020, "2000000") + year(2021, "1000000"), "")
                + withBudgets(
                    thisYear,
                    0,
                    year(2021, "1000000") + year(2022, "300000"),
                    related(lastYear, 1)));
    assertThat(total(activities.get(0))).contains(new BigDecimal("3000000"));
    assertThat(total(activities.get(1))).contains(new BigDecimal("300000"));
    Finding leftOut = leftOut(activities.get(1));
    assertThat(leftOut.location().path()).isEqualTo("/iati-activities/iati-activity[2]/budget[1]");
    assertThat(leftOut.message())
        .startsWith("1 budget is left out")
        .contains("1000000 EUR for 2021-01-01 to 2021-12-31")
        .doesNotContain("2022-01-01");
  }

  @Test
  void anActivityReadTwiceCountsItsBudgetOnceAndIsNamedAsRepeated() {
    List<ImportedActivity> activities =
        read(activity(PARENT, 1, "900", "") + "\n" + activity(PARENT, 1, "900", ""));
    assertThat(activities.stream().map(CountedOnceTest::total).toList())
        .containsExactly(Optional.of(new BigDecimal("900")), Optional.empty());
    assertThat(leftOut(activities.get(1)).message())
        .contains("900 EUR for 2014-12-09")
        .contains("with the same identifier");
    assertThat(activities.get(1).findings())
        .filteredOn(finding -> finding.ruleId().equals(IatiProblem.REPEATED.id()))
        .singleElement()
        .satisfies(
            finding -> {
              assertThat(finding.severity()).isEqualTo(Severity.WARNING);
              assertThat(finding.location().path()).isEqualTo("/iati-activities/iati-activity[2]");
              assertThat(finding.message()).contains(PARENT).contains("at line 1");
            });
    assertThat(activities.get(0).findings())
        .extracting(Finding::ruleId)
        .doesNotContain(IatiProblem.REPEATED.id(), IatiProblem.BUDGET_LEFT_OUT.id());
  }

  private static List<ImportedActivity> read(String activities) {
    return Iati.read("<iati-activities version=\"2.03\">" + activities + "</iati-activities>")
        .activities();
  }

  /**
   * An AFD-like activity with one budget for 9 December 2014 to 8 December 2015; a level of 0
   * writes no {@code hierarchy}, a null value no budget.
   */
  private static String activity(String id, int level, String value, String relations) {
    return withBudgets(
        id, level, value == null ? "" : budget("2014-12-09", "2015-12-08", value), relations);
  }

  private static String withBudgets(String id, int level, String budgets, String relations) {
    return "<iati-activity default-currency=\"EUR\""
        + (level > 0 ? " hierarchy=\"" + level + "\"" : "")
        + "><iati-identifier>"
        + id
        + "</iati-identifier><reporting-org ref=\"FR-3\"/><title><narrative>Grant"
        + "</narrative></title>"
        + budgets
        + relations
        + "</iati-activity>";
  }

  private static String year(int year, String value) {
    return budget(year + "-01-01", year + "-12-31", value);
  }

  private static String budget(String start, String end, String value) {
    return Iati.budget("1", "1", start, end, value);
  }

  private static String related(String ref, int type) {
    return "<related-activity ref=\"" + ref + "\" type=\"" + type + "\"/>";
  }

  private static Optional<BigDecimal> total(ImportedActivity activity) {
    return activity.programme().budget().map(Budget::total);
  }

  private static List<Finding> leftOuts(ImportedActivity activity) {
    return activity.findings().stream()
        .filter(finding -> finding.ruleId().equals(IatiProblem.BUDGET_LEFT_OUT.id()))
        .toList();
  }

  private static Finding leftOut(ImportedActivity activity) {
    List<Finding> findings = leftOuts(activity);
    assertThat(findings).hasSize(1);
    return findings.get(0);
  }
}
