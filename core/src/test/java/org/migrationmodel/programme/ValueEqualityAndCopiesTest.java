package org.migrationmodel.programme;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.testing.EqualsTester;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.migrationmodel.fixtures.SampleProgrammes;
import org.migrationmodel.taxonomy.Activity;
import org.migrationmodel.taxonomy.CountryRole;
import org.migrationmodel.taxonomy.Theme;

class ValueEqualityAndCopiesTest {

  @Test
  void sharesThatAreEqualDecimalsAreEqualAllocationsWhateverTheirScale() {
    new EqualsTester()
        .addEqualityGroup(
            Allocation.of(Activity.DOCUMENTATION, new BigDecimal("50")),
            Allocation.of(Activity.DOCUMENTATION, new BigDecimal("50.0")),
            Allocation.of(Activity.DOCUMENTATION, new BigDecimal("5E+1")))
        .addEqualityGroup(Allocation.of(Activity.DOCUMENTATION, new BigDecimal("50.01")))
        .addEqualityGroup(Allocation.of(Activity.BORDER_MANAGEMENT, new BigDecimal("50")))
        .addEqualityGroup(
            Allocation.of(Activity.DOCUMENTATION, BigDecimal.ZERO),
            Allocation.of(Activity.DOCUMENTATION, new BigDecimal("0.00")))
        .testEquals();
  }

  @Test
  void anAllocationKeepsTheScaleItWasGiven() {
    assertThat(
            Allocation.of(Activity.DOCUMENTATION, new BigDecimal("50.0")).share().toPlainString())
        .isEqualTo("50.0");
  }

  @Test
  void totalsThatAreEqualDecimalsAreEqualBudgetsWhateverTheirScale() {
    Budget thousand = Budget.builder().currency("USD").total(new BigDecimal("1000")).build();

    new EqualsTester()
        .addEqualityGroup(thousand, thousand.withTotal(new BigDecimal("1000.00")))
        .addEqualityGroup(thousand.withTotal(new BigDecimal("1000.01")))
        .addEqualityGroup(thousand.withCurrency("EUR"))
        .addEqualityGroup(
            thousand.withAllocations(
                List.of(Allocation.of(Activity.DOCUMENTATION, new BigDecimal("100")))),
            thousand.withAllocations(
                List.of(Allocation.of(Activity.DOCUMENTATION, new BigDecimal("100.00")))))
        .testEquals();
    assertThat(thousand.withTotal(new BigDecimal("1000.00")).total().scale()).isEqualTo(2);
  }

  @Test
  void buildersBuildTheValuesThatTheFactoriesMake() {
    assertThat(
            Allocation.builder()
                .activity(Activity.DOCUMENTATION)
                .share(new BigDecimal("50"))
                .build())
        .isEqualTo(Allocation.of(Activity.DOCUMENTATION, new BigDecimal("50")));
    assertThat(ProgrammeCountry.builder().code("ML").role(CountryRole.RETURN).build())
        .isEqualTo(ProgrammeCountry.of("ML", CountryRole.RETURN));
    LocalDate start = LocalDate.of(2026, 1, 1);
    LocalDate end = LocalDate.of(2026, 12, 31);
    assertThat(ProgrammePeriod.builder().start(start).end(end).build())
        .isEqualTo(ProgrammePeriod.of(start, end));
  }

  /** Equal decimals hash alike (the tests above); different ones spread over hash tables. */
  @Test
  void differentSharesAndTotalsHashDifferently() {
    assertThat(Allocation.of(Activity.DOCUMENTATION, new BigDecimal("50")).hashCode())
        .isNotEqualTo(Allocation.of(Activity.DOCUMENTATION, new BigDecimal("60")).hashCode());
    Budget thousand = Budget.builder().currency("USD").total(new BigDecimal("1000")).build();
    assertThat(thousand.hashCode())
        .isNotEqualTo(thousand.withTotal(new BigDecimal("2000")).hashCode());
  }

  @Test
  void withMethodsChangeOneAttributeAndLeaveTheOriginalAsItWas() {
    Programme sample = SampleProgrammes.counterTrafficking();
    Programme retitled = sample.withTitle("Another title");

    assertThat(retitled.title()).isEqualTo("Another title");
    assertThat(retitled.withTitle(sample.title())).isEqualTo(sample);
    assertThat(sample.title()).isNotEqualTo("Another title");
    assertThat(sample.withBudget(Optional.empty()).budget()).isEmpty();
    assertThat(sample.withCountries(List.of()).countries()).isEmpty();
    assertThat(
            sample
                .classification()
                .withThemes(List.of(Theme.POLICY_COHERENCE))
                .withPrimaryActivity(Activity.DOCUMENTATION)
                .primaryActivity())
        .contains(Activity.DOCUMENTATION);
    assertThat(ProgrammeCountry.of("ML", CountryRole.ORIGIN).withRole(CountryRole.HOST))
        .isEqualTo(ProgrammeCountry.of("ML", CountryRole.HOST));
  }
}
