package org.migrationmodel.report;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/** Money in several currencies, kept apart because the data carries no exchange rates. */
final class CurrencyAmounts {
  private final Map<String, BigDecimal> byCurrency = new TreeMap<>();

  void add(String currency, BigDecimal amount) {
    byCurrency.merge(currency, amount, BigDecimal::add);
  }

  /** The amounts by ISO 4217 code, in code order; unmodifiable. */
  Map<String, BigDecimal> byCurrency() {
    return Collections.unmodifiableMap(byCurrency);
  }

  boolean isEmpty() {
    return byCurrency.isEmpty();
  }
}
