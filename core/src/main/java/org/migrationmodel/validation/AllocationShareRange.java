package org.migrationmodel.validation;

import java.math.BigDecimal;
import java.util.List;
import org.migrationmodel.programme.Allocation;
import org.migrationmodel.programme.Programme;

/** Every share is a percentage above 0 and at most 100. */
final class AllocationShareRange implements Rule {
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  @Override
  public void check(Programme programme, RuleContext context) {
    List<Allocation> allocations = Allocations.of(programme);
    for (int i = 0; i < allocations.size(); i++) {
      Allocation allocation = allocations.get(i);
      BigDecimal share = allocation.share();
      if (share.signum() <= 0 || share.compareTo(HUNDRED) > 0) {
        context.report(
            Pointers.of("budget", "allocations", i, "share"),
            "The share "
                + share.toPlainString()
                + " for "
                + allocation.activity().code()
                + " is not above 0 and at most 100; give the percentage of the budget it receives,"
                + " or remove the allocation.");
      }
    }
  }
}
