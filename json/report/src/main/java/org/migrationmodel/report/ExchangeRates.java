package org.migrationmodel.report;

import static com.google.common.base.Preconditions.checkNotNull;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Converts amounts into one reporting currency, with rates the user gives: the data itself carries
 * none, so a currency without a rate is left out of converted totals and said to be. Immutable.
 */
public final class ExchangeRates {
  private final String reportingCurrency;
  private final Map<String, BigDecimal> ratesToReporting;

  /**
   * Rates into one reporting currency.
   *
   * @param reportingCurrency the ISO 4217 code totals are expressed in; not null
   * @param ratesToReporting units of the reporting currency per unit of each other currency, by ISO
   *     4217 code; not null, copied
   * @throws NullPointerException when an argument, a code or a rate is null
   */
  public ExchangeRates(String reportingCurrency, Map<String, BigDecimal> ratesToReporting) {
    this.reportingCurrency = checkNotNull(reportingCurrency, "reportingCurrency");
    this.ratesToReporting = new TreeMap<>(ratesToReporting);
    this.ratesToReporting.put(reportingCurrency, BigDecimal.ONE);
  }

  String reportingCurrency() {
    return reportingCurrency;
  }

  Optional<BigDecimal> convert(String currency, BigDecimal amount) {
    return Optional.ofNullable(ratesToReporting.get(currency)).map(amount::multiply);
  }

  /** The sum of the amounts that can be converted, in the reporting currency. */
  BigDecimal convertible(CurrencyAmounts amounts) {
    return amounts.byCurrency().entrySet().stream()
        .map(entry -> convert(entry.getKey(), entry.getValue()).orElse(BigDecimal.ZERO))
        .reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  /** The amounts left in currencies without a rate. */
  Map<String, BigDecimal> unconvertible(CurrencyAmounts amounts) {
    Map<String, BigDecimal> left = new TreeMap<>(amounts.byCurrency());
    left.keySet().removeAll(ratesToReporting.keySet());
    return left;
  }
}
