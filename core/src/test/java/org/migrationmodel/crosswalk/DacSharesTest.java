package org.migrationmodel.crosswalk;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;
import static org.migrationmodel.crosswalk.DacPurposeCode.IMMIGRATION;
import static org.migrationmodel.crosswalk.DacPurposeCode.MATERIAL_RELIEF;
import static org.migrationmodel.crosswalk.DacPurposeCode.MIGRATION_AND_MOBILITY;
import static org.migrationmodel.crosswalk.DacPurposeCode.REFUGEES_IN_DONOR_COUNTRIES;
import static org.migrationmodel.crosswalk.DacPurposeCode.REMITTANCE_FACILITATION;
import static org.migrationmodel.crosswalk.Programmes.allocated;
import static org.migrationmodel.crosswalk.Programmes.share;
import static org.migrationmodel.taxonomy.Activity.ASSISTED_RETURN_AND_REINTEGRATION;
import static org.migrationmodel.taxonomy.Activity.ASYLUM_AND_REFUGEES;
import static org.migrationmodel.taxonomy.Activity.BORDER_MANAGEMENT;
import static org.migrationmodel.taxonomy.Activity.COUNTER_TRAFFICKING;
import static org.migrationmodel.taxonomy.Activity.REMITTANCES_AND_MONEY_TRANSFERS;
import static org.migrationmodel.taxonomy.Activity.RESETTLEMENT;
import static org.migrationmodel.taxonomy.Activity.VISA_ENTRY_AND_STAY_SYSTEMS;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.migrationmodel.programme.Allocation;
import org.migrationmodel.programme.Budget;
import org.migrationmodel.programme.Classification;
import org.migrationmodel.programme.Programme;
import org.migrationmodel.taxonomy.Activity;

class DacSharesTest {
  private static final Crosswalk CROSSWALK = Crosswalk.standard();

  static Stream<Programme> variedBudgets() {
    Allocation[] everyActivityEqually =
        Arrays.stream(Activity.values())
            .map(activity -> share(activity, "3.33"))
            .toArray(Allocation[]::new);
    return Stream.of(
        allocated(share(BORDER_MANAGEMENT, "100")),
        allocated(
            share(REMITTANCES_AND_MONEY_TRANSFERS, "50"), share(VISA_ENTRY_AND_STAY_SYSTEMS, "50")),
        allocated(
            share(ASYLUM_AND_REFUGEES, "33.33"),
            share(RESETTLEMENT, "33.33"),
            share(VISA_ENTRY_AND_STAY_SYSTEMS, "33.34")),
        allocated(
            share(ASSISTED_RETURN_AND_REINTEGRATION, "12.345"),
            share(REMITTANCES_AND_MONEY_TRANSFERS, "7.655"),
            share(ASYLUM_AND_REFUGEES, "80")),
        allocated(
            share(ASYLUM_AND_REFUGEES, "1"),
            share(RESETTLEMENT, "1"),
            share(BORDER_MANAGEMENT, "1")),
        allocated(
            share(COUNTER_TRAFFICKING, "0.001"), share(REMITTANCES_AND_MONEY_TRANSFERS, "99.999")),
        allocated(
            share(REMITTANCES_AND_MONEY_TRANSFERS, "17"),
            share(VISA_ENTRY_AND_STAY_SYSTEMS, "23"),
            share(RESETTLEMENT, "29"),
            share(ASYLUM_AND_REFUGEES, "31"),
            share(BORDER_MANAGEMENT, "7")),
        allocated(everyActivityEqually));
  }

  @ParameterizedTest
  @MethodSource("variedBudgets")
  void sharesSumToExactlyOneHundredInCents(Programme programme) {
    Map<DacPurposeCode, BigDecimal> shares = CROSSWALK.forProgramme(programme).dacShares();

    assertThat(shares.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add))
        .isEqualTo(new BigDecimal("100.00"));
    assertThat(shares.values()).allSatisfy(share -> assertThat(share.scale()).isEqualTo(2));
  }

  @Test
  void activitiesWithTheSameCodeAddUp() {
    assertThat(
            sharesOf(
                share(ASSISTED_RETURN_AND_REINTEGRATION, "40"),
                share(COUNTER_TRAFFICKING, "30"),
                share(REMITTANCES_AND_MONEY_TRANSFERS, "30")))
        .containsExactly(
            entry(MIGRATION_AND_MOBILITY, percent("70.00")),
            entry(REMITTANCE_FACILITATION, percent("30.00")));
  }

  @Test
  void theMissingCentGoesToTheLargestRemainder() {
    // 1/3 and 2/3 floor to 33.33 and 66.66; 66.666... was cut more, so it takes the missing cent.
    assertThat(sharesOf(share(VISA_ENTRY_AND_STAY_SYSTEMS, "1"), share(BORDER_MANAGEMENT, "2")))
        .containsExactly(
            entry(IMMIGRATION, percent("33.33")), entry(MIGRATION_AND_MOBILITY, percent("66.67")));
  }

  @Test
  void equalRemaindersGiveTheCentToTheLowerCode() {
    assertThat(
            sharesOf(
                share(RESETTLEMENT, "1"),
                share(ASYLUM_AND_REFUGEES, "1"),
                share(BORDER_MANAGEMENT, "1")))
        .containsExactly(
            entry(MIGRATION_AND_MOBILITY, percent("33.34")),
            entry(MATERIAL_RELIEF, percent("33.33")),
            entry(REFUGEES_IN_DONOR_COUNTRIES, percent("33.33")));
  }

  @Test
  void allocationsThatDoNotSumToOneHundredAreScaledToTheirTotal() {
    assertThat(
            sharesOf(share(BORDER_MANAGEMENT, "50"), share(REMITTANCES_AND_MONEY_TRANSFERS, "25")))
        .containsExactly(
            entry(MIGRATION_AND_MOBILITY, percent("66.67")),
            entry(REMITTANCE_FACILITATION, percent("33.33")));
  }

  @Test
  void aCodeWhoseShareRoundsToZeroIsLeftOut() {
    assertThat(
            sharesOf(
                share(BORDER_MANAGEMENT, "99.996"), share(VISA_ENTRY_AND_STAY_SYSTEMS, "0.004")))
        .containsExactly(entry(MIGRATION_AND_MOBILITY, percent("100.00")));
  }

  @Test
  void withoutAllocationsThePrimaryActivityTakesTheWholeBudget() {
    Programme noBudget =
        Programmes.classifiedAs(
            Classification.builder()
                .primaryActivity(REMITTANCES_AND_MONEY_TRANSFERS)
                .addSecondaryActivities(BORDER_MANAGEMENT)
                .build());
    Budget.Builder budget = Budget.builder().currency("EUR").total(BigDecimal.TEN);
    Programme emptyBudget = Programme.builder().from(noBudget).budget(budget.build()).build();
    Programme zeroAllocations =
        Programme.builder()
            .from(noBudget)
            .budget(budget.addAllocations(share(BORDER_MANAGEMENT, "0")).build())
            .build();

    for (Programme programme : new Programme[] {noBudget, emptyBudget, zeroAllocations}) {
      assertThat(CROSSWALK.forProgramme(programme).dacShares())
          .containsExactly(entry(REMITTANCE_FACILITATION, percent("100.00")));
    }
  }

  @Test
  void withoutAllocationsOrPrimaryActivityThereAreNoShares() {
    Programme programme =
        Programmes.classifiedAs(
            Classification.builder().addSecondaryActivities(BORDER_MANAGEMENT).build());

    assertThat(CROSSWALK.forProgramme(programme).dacShares()).isEmpty();
  }

  private static Map<DacPurposeCode, BigDecimal> sharesOf(Allocation... allocations) {
    return CROSSWALK.forProgramme(allocated(allocations)).dacShares();
  }

  private static BigDecimal percent(String value) {
    return new BigDecimal(value);
  }
}
