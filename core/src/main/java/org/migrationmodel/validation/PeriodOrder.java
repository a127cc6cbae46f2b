package org.migrationmodel.validation;

import java.util.Optional;
import org.migrationmodel.programme.Programme;
import org.migrationmodel.programme.ProgrammePeriod;

/** The period does not start after it ends; a one-day programme starts and ends on one date. */
final class PeriodOrder implements Rule {
  @Override
  public void check(Programme programme, RuleContext context) {
    Optional<ProgrammePeriod> period = programme.period();
    if (period.isPresent() && period.get().start().isAfter(period.get().end())) {
      context.report(
          Pointers.of("period"),
          "The period starts on "
              + period.get().start()
              + ", after it ends on "
              + period.get().end()
              + "; correct or swap the dates.");
    }
  }
}
