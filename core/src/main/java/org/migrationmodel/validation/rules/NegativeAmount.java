package org.migrationmodel.validation.rules;

import org.migrationmodel.programme.Programme;
import org.migrationmodel.validation.Pointers;
import org.migrationmodel.validation.RuleContext;

/** The budget total is zero or more. */
public final class NegativeAmount implements ProgrammeCheck {
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
