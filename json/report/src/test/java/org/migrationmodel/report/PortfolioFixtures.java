package org.migrationmodel.report;

import java.math.BigDecimal;
import java.util.List;
import org.migrationmodel.programme.Allocation;
import org.migrationmodel.programme.Budget;
import org.migrationmodel.programme.Classification;
import org.migrationmodel.programme.Programme;
import org.migrationmodel.taxonomy.Activity;
import org.migrationmodel.taxonomy.CrossCuttingActivity;
import org.migrationmodel.taxonomy.Theme;

/** Three small programmes with known budgets, for checking the portfolio arithmetic. */
final class PortfolioFixtures {
  private PortfolioFixtures() {}

  static List<Programme> programmes() {
    return List.of(
        programme(
            "AVRR",
            Activity.ASSISTED_RETURN_AND_REINTEGRATION,
            List.of(Activity.MICRO_CREDIT_SCHEMES),
            "USD",
            "1000000",
            List.of(
                Allocation.of(Activity.ASSISTED_RETURN_AND_REINTEGRATION, new BigDecimal("75")),
                Allocation.of(Activity.MICRO_CREDIT_SCHEMES, new BigDecimal("25")))),
        programme(
            "REMIT",
            Activity.REMITTANCES_AND_MONEY_TRANSFERS,
            List.of(),
            "USD",
            "500000",
            List.of()),
        programme(
            "IDP",
            Activity.INTERNALLY_DISPLACED_PERSONS,
            List.of(),
            "EUR",
            "2000000",
            List.of(Allocation.of(Activity.INTERNALLY_DISPLACED_PERSONS, new BigDecimal("100")))));
  }

  private static Programme programme(
      String id,
      Activity primary,
      List<Activity> secondary,
      String currency,
      String total,
      List<Allocation> allocations) {
    return Programme.builder()
        .id(id)
        .title(id + " programme")
        .classification(
            Classification.builder()
                .primaryActivity(primary)
                .secondaryActivities(secondary)
                .addCrossCuttingActivities(CrossCuttingActivity.MIGRATION_HEALTH)
                .addThemes(Theme.MIGRATION_AND_SUSTAINABLE_DEVELOPMENT)
                .build())
        .budget(
            Budget.builder()
                .currency(currency)
                .total(new BigDecimal(total))
                .allocations(allocations)
                .build())
        .build();
  }

  static PortfolioTally tally() {
    PortfolioTally tally = new PortfolioTally();
    programmes().forEach(tally::add);
    return tally;
  }
}
