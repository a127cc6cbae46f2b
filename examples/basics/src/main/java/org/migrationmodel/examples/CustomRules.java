package org.migrationmodel.examples;

import java.util.Optional;
import org.migrationmodel.fixtures.SampleProgrammes;
import org.migrationmodel.programme.Programme;
import org.migrationmodel.validation.Pointers;
import org.migrationmodel.validation.Rule;
import org.migrationmodel.validation.RuleDescription;
import org.migrationmodel.validation.Severity;
import org.migrationmodel.validation.StandardRule;
import org.migrationmodel.validation.Validator;

/**
 * Example: an organisation's own rule set: one standard rule disabled, another raised to an error,
 * and a rule of its own added.
 */
public final class CustomRules {
  private CustomRules() {}

  /** Our donor wants every programme to name its period. */
  static final Rule PERIOD_REQUIRED =
      (programme, context) -> {
        if (programme.period().isEmpty()) {
          context.report(
              Pointers.of("period"), "The programme has no period; add its start and end.");
        }
      };

  /**
   * Runs the example.
   *
   * @param args not used
   */
  public static void main(String[] args) {
    Validator validator =
        Validator.builder()
            .disable(StandardRule.RETURN_WITHOUT_HEALTH)
            .severity(StandardRule.TRAFFICKING_WITHOUT_RIGHTS, Severity.ERROR)
            .add(
                RuleDescription.of(
                    "org-period-required",
                    Severity.ERROR,
                    "The programme states when it starts and ends.",
                    "Our donor reports by calendar year."),
                PERIOD_REQUIRED)
            .build();

    Programme withoutPeriod = SampleProgrammes.counterTrafficking().withPeriod(Optional.empty());
    validator.validate(withoutPeriod).findings().forEach(System.out::println);
    validator.rules().forEach(rule -> System.out.println(rule.id() + " " + rule.severity()));
  }
}
