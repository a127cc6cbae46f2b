package org.migrationmodel.validation;

import java.math.BigDecimal;
import java.util.List;
import org.migrationmodel.programme.Allocation;
import org.migrationmodel.programme.Programme;

/** When there are allocations, their shares sum to 100 within 0.01, in decimal arithmetic. */
final class AllocationSum implements Rule {
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
  private static final BigDecimal TOLERANCE = new BigDecimal("0.01");

  @Override
  public void check(Programme programme, RuleContext context) {
    List<Allocation> allocations = Allocations.of(programme);
    if (allocations.isEmpty()) {
      return;
    }
    BigDecimal sum = BigDecimal.ZERO;
    for (Allocation allocation : allocations) {
      sum = sum.add(allocation.share());
    }
    if (sum.subtract(HUNDRED).abs().compareTo(TOLERANCE) > 0) {
      context.report(
          Pointers.of("budget", "allocations"),
          "The shares sum to "
              + sum.toPlainString()
              + ", not 100; correct them so that they sum to 100.");
    }
  }
}
