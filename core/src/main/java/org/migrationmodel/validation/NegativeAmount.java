package org.migrationmodel.validation;

import org.migrationmodel.programme.Programme;

/** The budget total is zero or more. */
final class NegativeAmount implements Rule {
  @Override
  public void check(Programme programme, RuleContext context) {
    programme
        .budget()
        .filter(budget -> budget.total().signum() < 0)
        .ifPresent(
            budget ->
                context.report(
                    Pointers.of("budget", "total"),
                    "The budget total "
                        + budget.total().toPlainString()
                        + " is negative; give the amount the programme costs, zero or more."));
  }
}
