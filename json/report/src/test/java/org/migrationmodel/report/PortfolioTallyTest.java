package org.migrationmodel.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.migrationmodel.taxonomy.Activity;
import org.migrationmodel.taxonomy.Area;
import org.migrationmodel.taxonomy.CrossCuttingActivity;
import org.migrationmodel.taxonomy.Theme;

class PortfolioTallyTest {
  private final PortfolioTally tally = PortfolioFixtures.tally();

  @Test
  void countsProgrammesByPrimaryAreaAndByListedActivity() {
    assertThat(tally.programmes()).isEqualTo(3);
    assertThat(tally.programmesWithPrimaryArea(Area.REGULATING_MIGRATION)).isEqualTo(1);
    assertThat(tally.programmesWithPrimaryArea(Area.MIGRATION_AND_DEVELOPMENT)).isEqualTo(1);
    assertThat(tally.programmesWithPrimaryArea(Area.FACILITATING_MIGRATION)).isZero();
    assertThat(tally.programmesWith(Activity.MICRO_CREDIT_SCHEMES)).isEqualTo(1);
    assertThat(tally.programmesWith(CrossCuttingActivity.MIGRATION_HEALTH)).isEqualTo(3);
    assertThat(tally.programmesWith(Theme.MIGRATION_AND_SUSTAINABLE_DEVELOPMENT)).isEqualTo(3);
  }

  @Test
  void budgetFollowsAllocationsOrElseGoesToThePrimaryActivity() {
    assertThat(tally.budget(Activity.ASSISTED_RETURN_AND_REINTEGRATION).byCurrency())
        .containsExactly(Map.entry("USD", new BigDecimal("750000")));
    assertThat(tally.budget(Activity.REMITTANCES_AND_MONEY_TRANSFERS).byCurrency())
        .containsExactly(Map.entry("USD", new BigDecimal("500000")));
    assertThat(tally.budget(Area.MIGRATION_AND_DEVELOPMENT).byCurrency())
        .containsExactly(Map.entry("USD", new BigDecimal("750000")));
    assertThat(tally.unallocatedBudget().isEmpty()).isTrue();
    assertThat(tally.mostCommonCurrency()).contains("USD");
  }

  @Test
  void sharesUseOnlyCurrenciesWithARateAndSayWhatWasLeftOut() {
    PortfolioView usdOnly =
        new PortfolioView(tally, new ExchangeRates("USD", Map.of()), new UnreadRecords());
    assertThat(usdOnly.totalBudget()).isEqualByComparingTo("1500000");
    assertThat(usdOnly.share(Activity.ASSISTED_RETURN_AND_REINTEGRATION))
        .isCloseTo(0.5, within(1e-9));
    assertThat(usdOnly.share(Area.FORCED_MIGRATION)).isZero();
    assertThat(usdOnly.notConverted()).containsExactly(Map.entry("EUR", new BigDecimal("2000000")));

    PortfolioView withRate =
        new PortfolioView(
            tally,
            new ExchangeRates("USD", Map.of("EUR", new BigDecimal("1.25"))),
            new UnreadRecords());
    assertThat(withRate.totalBudget()).isEqualByComparingTo("4000000");
    assertThat(withRate.share(Area.FORCED_MIGRATION)).isCloseTo(0.625, within(1e-9));
    assertThat(withRate.notConverted()).isEmpty();
  }

  @Test
  void listsTheActivitiesNoProgrammeCovers() {
    PortfolioView view =
        new PortfolioView(tally, new ExchangeRates("USD", Map.of()), new UnreadRecords());
    assertThat(view.uncoveredActivities())
        .hasSize(26)
        .doesNotContain(Activity.MICRO_CREDIT_SCHEMES, Activity.INTERNALLY_DISPLACED_PERSONS)
        .contains(Activity.BORDER_MANAGEMENT);
  }
}
