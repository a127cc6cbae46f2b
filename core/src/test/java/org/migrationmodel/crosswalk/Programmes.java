package org.migrationmodel.crosswalk;

import java.math.BigDecimal;
import org.migrationmodel.programme.Allocation;
import org.migrationmodel.programme.Budget;
import org.migrationmodel.programme.Classification;
import org.migrationmodel.programme.Programme;
import org.migrationmodel.taxonomy.Activity;

/** Programmes built by hand for the crosswalk's tests. */
final class Programmes {
  private Programmes() {}

  static Programme classifiedAs(Classification classification) {
    return Programme.builder()
        .id("TEST-1")
        .title("Test programme")
        .classification(classification)
        .build();
  }

  /** A programme whose primary activity is the first allocation's, with a budget split as given. */
  static Programme allocated(Allocation... allocations) {
    Budget budget =
        Budget.builder()
            .currency("USD")
            .total(new BigDecimal("1000000"))
            .addAllocations(allocations)
            .build();
    return Programme.builder()
        .from(
            classifiedAs(
                Classification.builder().primaryActivity(allocations[0].activity()).build()))
        .budget(budget)
        .build();
  }

  static Allocation share(Activity activity, String percent) {
    return Allocation.of(activity, new BigDecimal(percent));
  }
}
