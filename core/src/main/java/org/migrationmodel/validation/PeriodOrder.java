package org.migrationmodel.validation;

import org.migrationmodel.programme.Programme;

/** The period does not start after it ends; a one-day programme starts and ends on one date. */
final class PeriodOrder implements Rule {
  @Override
  public void check(Programme programme, RuleContext context) {
    programme
        .period()
        .filter(period -> period.start().isAfter(period.end()))
        .ifPresent(
            period ->
                context.report(
                    Pointers.of("period"),
                    "The period starts on "
                        + period.start()
                        + ", after it ends on "
                        + period.end()
                        + "; correct or swap the dates."));
  }
}
