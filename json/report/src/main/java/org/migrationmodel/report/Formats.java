package org.migrationmodel.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** How the reports write amounts and shares: whole units with grouping, percentages to 0.1. */
final class Formats {
  private Formats() {}

  static String amount(BigDecimal amount) {
    DecimalFormat format =
        new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.ROOT));
    return format.format(amount.setScale(0, RoundingMode.HALF_EVEN));
  }

  static String percent(double fraction) {
    return String.format(Locale.ROOT, "%.1f%%", fraction * 100);
  }

  static String amounts(Map<String, BigDecimal> byCurrency) {
    return byCurrency.entrySet().stream()
        .map(entry -> entry.getKey() + " " + amount(entry.getValue()))
        .collect(Collectors.joining(", "));
  }
}
