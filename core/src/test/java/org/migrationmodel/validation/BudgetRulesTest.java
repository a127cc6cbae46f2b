package org.migrationmodel.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.migrationmodel.validation.Edits.withBudget;
import static org.migrationmodel.validation.Edits.withClassification;
import static org.migrationmodel.validation.Reported.finding;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.migrationmodel.fixtures.SampleProgrammes;
import org.migrationmodel.programme.Allocation;
import org.migrationmodel.programme.Programme;
import org.migrationmodel.taxonomy.Activity;

/** Budget rules, mostly on the counter-trafficking sample: COUNTER_TRAFFICKING 70, ARR 30. */
class BudgetRulesTest {
  private static final Activity PRIMARY = Activity.COUNTER_TRAFFICKING;
  private static final Activity SECONDARY = Activity.ASSISTED_RETURN_AND_REINTEGRATION;

  /** The counter-trafficking sample with allocations given as activity, share, activity, ... */
  private static Programme allocating(Object... activitiesAndShares) {
    List<Allocation> allocations = new ArrayList<>();
    for (int i = 0; i < activitiesAndShares.length; i += 2) {
      allocations.add(
          Allocation.of(
              (Activity) activitiesAndShares[i],
              new BigDecimal((String) activitiesAndShares[i + 1])));
    }
    return withBudget(SampleProgrammes.counterTrafficking(), b -> b.allocations(allocations));
  }

  @Test
  void aNegativeTotalIsAnError() {
    Programme negative =
        withBudget(SampleProgrammes.counterTrafficking(), b -> b.total(new BigDecimal("-0.01")));

    assertThat(Reported.by(negative))
        .containsExactly(finding(StandardRule.NEGATIVE_AMOUNT, Severity.ERROR, "/budget/total"));
  }

  @Test
  void aMissingBudgetIsAccepted() {
    Programme noBudget =
        Programme.builder()
            .from(SampleProgrammes.counterTrafficking())
            .budget(Optional.empty())
            .build();

    assertThat(Reported.by(noBudget)).isEmpty();
  }

  @Test
  void aBudgetWithoutAllocationsIsAccepted() {
    Programme total =
        withBudget(SampleProgrammes.counterTrafficking(), b -> b.allocations(List.of()));

    assertThat(Reported.by(total)).isEmpty();
  }

  @ParameterizedTest(name = "a share of {0} beside {1} is out of range")
  @CsvSource({"0, 100", "-10, 110", "0.00, 100.00"})
  void aShareOfZeroOrLessIsAnErrorAtThatShare(String secondaryShare, String primaryShare) {
    Programme programme = allocating(PRIMARY, primaryShare, SECONDARY, secondaryShare);

    assertThat(Reported.by(programme))
        .contains(
            finding(
                StandardRule.ALLOCATION_SHARE_RANGE, Severity.ERROR, "/budget/allocations/1/share"))
        .doesNotContain(
            finding(StandardRule.ALLOCATION_SUM, Severity.ERROR, "/budget/allocations"));
  }

  @Test
  void aShareAboveOneHundredIsAnError() {
    Programme programme = allocating(PRIMARY, "100.5", SECONDARY, "-0.5");

    assertThat(Reported.by(programme))
        .containsExactly(
            finding(
                StandardRule.ALLOCATION_SHARE_RANGE, Severity.ERROR, "/budget/allocations/0/share"),
            finding(
                StandardRule.ALLOCATION_SHARE_RANGE,
                Severity.ERROR,
                "/budget/allocations/1/share"));
  }

  @Test
  void oneHundredPercentForOneActivityIsInRange() {
    assertThat(Reported.by(allocating(PRIMARY, "100"))).isEmpty();
  }

  @ParameterizedTest(name = "{0} + {1} is reported")
  @CsvSource({"70, 29.98, 99.98", "70, 30.02, 100.02", "60, 30, 90", "70.5, 30, 100.5"})
  void sharesThatDoNotSumToOneHundredAreAnErrorThatGivesTheSum(
      String primary, String secondary, String sum) {
    Programme programme = allocating(PRIMARY, primary, SECONDARY, secondary);

    assertThat(Reported.by(programme))
        .containsExactly(
            finding(StandardRule.ALLOCATION_SUM, Severity.ERROR, "/budget/allocations"));
    assertThat(Reported.messages(StandardRule.ALLOCATION_SUM, programme))
        .singleElement()
        .asString()
        .contains(sum);
  }

  @ParameterizedTest(name = "{0} + {1} is accepted")
  @CsvSource({"70, 29.99", "70, 30.01", "70, 29.995", "66.67, 33.33", "70.000, 30"})
  void sharesWithinOneHundredthOfOneHundredAreAccepted(String primary, String secondary) {
    assertThat(Reported.by(allocating(PRIMARY, primary, SECONDARY, secondary))).isEmpty();
  }

  @Test
  void sharesAreSummedInDecimalsSoThatTenthsAddUpExactly() {
    // In binary floating point 0.1 + 0.2 is not 0.3; in decimals these shares sum to 100.
    Programme tenths =
        allocating(PRIMARY, "69.7", SECONDARY, "20.2", Activity.COUNTER_SMUGGLING, "10.1");
    Programme programme =
        withClassification(tenths, c -> c.addSecondaryActivities(Activity.COUNTER_SMUGGLING));

    assertThat(Reported.by(programme)).isEmpty();
  }

  @Test
  void anAllocationToAnUnlistedActivityIsAnErrorAtItsActivity() {
    Programme unlisted = allocating(PRIMARY, "70", Activity.STRANDED_MIGRANTS, "30");

    assertThat(Reported.by(unlisted))
        .containsExactly(
            finding(
                StandardRule.ALLOCATION_UNLISTED_ACTIVITY,
                Severity.ERROR,
                "/budget/allocations/1/activity"));
    assertThat(Reported.messages(StandardRule.ALLOCATION_UNLISTED_ACTIVITY, unlisted))
        .singleElement()
        .asString()
        .contains("STRANDED_MIGRANTS");
  }

  @Test
  void anotherActivityWithALargerShareThanThePrimaryIsAWarningAtThatShare() {
    Programme larger = allocating(PRIMARY, "30", SECONDARY, "70");

    assertThat(Reported.by(larger))
        .containsExactly(
            finding(
                StandardRule.PRIMARY_LARGEST_SHARE,
                Severity.WARNING,
                "/budget/allocations/1/share"));
  }

  @Test
  void aTieWithThePrimaryShareIsAccepted() {
    assertThat(Reported.by(allocating(PRIMARY, "50", SECONDARY, "50"))).isEmpty();
  }

  @Test
  void aPrimaryActivityWithoutAllocationWhileOthersHaveOneIsAWarning() {
    Programme unfunded = allocating(SECONDARY, "100");

    assertThat(Reported.by(unfunded))
        .containsExactly(
            finding(StandardRule.PRIMARY_LARGEST_SHARE, Severity.WARNING, "/budget/allocations"));
  }

  /**
   * A repeated activity's shares are added up and compared once, at its first allocation; in the
   * second case its second allocation alone is larger than the primary's too, and is not reported
   * again.
   */
  @ParameterizedTest(name = "primary {0}, the other activity {1} and {2}")
  @CsvSource({"40, 35, 25", "20, 45, 35"})
  void aRepeatedActivityIsAddedUpAndComparedOnceAtItsFirstAllocation(
      String primary, String first, String second) {
    Programme split = allocating(PRIMARY, primary, SECONDARY, first, SECONDARY, second);

    assertThat(Reported.by(split))
        .containsExactlyInAnyOrder(
            finding(
                StandardRule.PRIMARY_LARGEST_SHARE,
                Severity.WARNING,
                "/budget/allocations/1/share"),
            finding(StandardRule.DUPLICATE_ENTRY, Severity.WARNING, "/budget/allocations/2"));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"0", "1000000.50", "1E+7"})
  void anyNonNegativeTotalIsAccepted(String total) {
    Programme programme =
        withBudget(SampleProgrammes.counterTrafficking(), b -> b.total(new BigDecimal(total)));

    assertThat(Reported.by(programme)).isEmpty();
  }
}
