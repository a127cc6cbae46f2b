package org.migrationmodel.validation;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Optional;
import org.migrationmodel.programme.Allocation;
import org.migrationmodel.programme.Budget;
import org.migrationmodel.programme.Programme;

/** A programme's allocations, read by several rules. */
final class Allocations {
  private Allocations() {}

  /** The budget's allocations, or none when the programme has no budget. */
  static List<Allocation> of(Programme programme) {
    // Not Optional.map: each rule asks this of every programme validated, and map allocates.
    Optional<Budget> budget = programme.budget();
    return budget.isPresent() ? budget.get().allocations() : ImmutableList.of();
  }
}
