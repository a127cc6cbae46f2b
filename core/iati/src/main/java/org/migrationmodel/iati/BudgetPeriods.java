package org.migrationmodel.iati;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.migrationmodel.programme.ProgrammePeriod;

/**
 * Splits a programme's total budget into IATI budget periods of at most one year, as IATI asks,
 * each in proportion to its days. Amounts keep the total's decimals; each is rounded down and the
 * last period takes what is left, so the periods add up to exactly the total.
 */
final class BudgetPeriods {
  private BudgetPeriods() {}

  /** One period of the budget and its amount. */
  record Part(LocalDate start, LocalDate end, BigDecimal amount) {}

  static ImmutableList<Part> split(ProgrammePeriod period, BigDecimal total) {
    LocalDate start = period.start();
    LocalDate end = period.end();
    if (end.isBefore(start)) {
      // The validator reports the reversed period; the budget is written as given.
      return ImmutableList.of(new Part(start, end, total));
    }
    long allDays = ChronoUnit.DAYS.between(start, end) + 1;
    int scale = Math.max(total.scale(), 0);
    ImmutableList.Builder<Part> parts = ImmutableList.builder();
    BigDecimal allotted = BigDecimal.ZERO;
    LocalDate partStart = start;
    while (true) {
      LocalDate partEnd = partStart.plusYears(1).minusDays(1);
      if (!partEnd.isBefore(end)) {
        parts.add(new Part(partStart, end, total.subtract(allotted)));
        return parts.build();
      }
      long days = ChronoUnit.DAYS.between(partStart, partEnd) + 1;
      BigDecimal amount =
          total
              .multiply(BigDecimal.valueOf(days))
              .divide(BigDecimal.valueOf(allDays), scale, RoundingMode.DOWN);
      parts.add(new Part(partStart, partEnd, amount));
      allotted = allotted.add(amount);
      partStart = partEnd.plusDays(1);
    }
  }
}
