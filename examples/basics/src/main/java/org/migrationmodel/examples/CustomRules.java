package org.migrationmodel.examples;

import org.migrationmodel.fixtures.SampleProgrammes;
import org.migrationmodel.programme.Programme;
import org.migrationmodel.validation.Pointers;
import org.migrationmodel.validation.Rule;
import org.migrationmodel.validation.RuleContext;
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
  static final class PeriodRequired implements Rule {
    private static final long serialVersionUID = 1L;

    @Override
    public String id() {
      return "org-period-required";
    }

    @Override
    public Severity defaultSeverity() {
      return Severity.ERROR;
    }

    @Override
    public String summary() {
      return "The programme states when it starts and ends.";
    }

    @Override
    public String rationale() {
      return "Our donor reports by calendar year.";
    }

    @Override
    public void check(Programme programme, RuleContext context) {
      if (programme.period().isEmpty()) {
        context.report(
            Pointers.of("period"), "The programme has no period; add its start and end.");
      }
    }
  }

  /**
   * Runs the example.
   *
   * @param args not used
   */
  public static void main(String[] args) {
    Validator validator =
        Validator.builder()
            .disable(StandardRule.RETURN_WITHOUT_HEALTH.id())
            .severity(StandardRule.TRAFFICKING_WITHOUT_RIGHTS.id(), Severity.ERROR)
            .add(new PeriodRequired())
            .build();

    Programme withoutPeriod =
        Programme.builder()
            .from(SampleProgrammes.counterTrafficking())
            .period(java.util.Optional.empty())
            .build();
    validator.validate(withoutPeriod).findings().forEach(System.out::println);
    validator
        .rules()
        .forEach(rule -> System.out.println(rule.id() + " " + validator.severity(rule.id())));
  }
}
