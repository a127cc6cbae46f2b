package org.migrationmodel.validation;

import java.util.Optional;
import org.migrationmodel.programme.Budget;
import org.migrationmodel.programme.Programme;

/** The budget total is zero or more. */
final class NegativeAmount implements Rule {
  @Override
  public void check(Programme programme, RuleContext context) {
    Optional<Budget> budget = programme.budget();
    if (budget.isPresent() && budget.get().total().signum() < 0) {
      context.report(
          Pointers.of("budget", "total"),
          "The budget total "
              + budget.get().total().toPlainString()
              + " is negative; give the amount the programme costs, zero or more.");
    }
  }
}
