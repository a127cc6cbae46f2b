package org.migrationmodel.iati;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
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
        .contains("6860206 EUR is left out")
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
        .contains("1000 EUR is left out")
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
  void relationsBetweenActivitiesOfOneLevelLeaveBothBudgets() {
    // ECHO's actions, all at level 2, name the plan they answer, and each other, as "children".
    String action = "XI-IATI-EC_ECHO-ECHO/TUR/BUD/2020/91008";
    String other = "XI-IATI-EC_ECHO-ECHO/TUR/BUD/2019/91011";
    List<ImportedActivity> activities =
        read(
            activity(other, 2, "720000000", related(action, 2))
                + activity(action, 2, "16000000", ""));
    assertThat(activities).allSatisfy(activity -> assertThat(total(activity)).isPresent());
    assertThat(activities).allSatisfy(activity -> assertThat(leftOuts(activity)).isEmpty());
  }

  @Test
  void aParentWithABudgetOfZeroHoldsNothing() {
    List<ImportedActivity> activities =
        read(activity(PARENT, 1, "0", "") + activity(CHILD, 2, "500", related(PARENT, 1)));
    assertThat(total(activities.get(0))).contains(BigDecimal.ZERO);
    assertThat(total(activities.get(1))).contains(new BigDecimal("500"));
  }

  @Test
  void aChildWithoutLevelIsReadAtLevelOneAndKeepsItsBudget() {
    List<ImportedActivity> activities =
        read(activity(PARENT, 1, "900", "") + activity(CHILD, 0, "300", related(PARENT, 1)));
    assertThat(total(activities.get(1))).contains(new BigDecimal("300"));
  }

  @Test
  void anActivityReadTwiceCountsItsBudgetOnceAndIsNamedAsRepeated() {
    List<ImportedActivity> activities =
        read(activity(PARENT, 1, "900", "") + "\n" + activity(PARENT, 1, "900", ""));
    assertThat(activities.stream().map(CountedOnceTest::total).toList())
        .containsExactly(Optional.of(new BigDecimal("900")), Optional.empty());
    assertThat(leftOut(activities.get(1)).message())
        .contains("900 EUR is left out")
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

  /** An AFD-like activity; a level of 0 writes no {@code hierarchy}, a null value no budget. */
  private static String activity(String id, int level, String value, String relations) {
    return "<iati-activity default-currency=\"EUR\""
        + (level > 0 ? " hierarchy=\"" + level + "\"" : "")
        + "><iati-identifier>"
        + id
        + "</iati-identifier><reporting-org ref=\"FR-3\"/><title><narrative>Grant"
        + "</narrative></title>"
        + (value == null
            ? ""
            : "<budget type=\"1\" status=\"1\"><period-start iso-date=\"2014-12-09\"/>"
                + "<period-end iso-date=\"2015-12-08\"/><value value-date=\"2014-12-09\">"
                + value
                + "</value></budget>")
        + relations
        + "</iati-activity>";
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
