package org.migrationmodel.spark;

import org.migrationmodel.programme.Programme;
import org.migrationmodel.validation.Pointers;
import org.migrationmodel.validation.RuleContext;
import org.migrationmodel.validation.RuleDescription;
import org.migrationmodel.validation.Severity;
import org.migrationmodel.validation.Validator;

/** An organisation's own rule, loaded by the job from its class name. */
public final class PeriodRequired implements OrganisationRules {
  /** The rule's declaration. */
  static final RuleDescription DESCRIPTION =
      RuleDescription.of(
          "org-period-required",
          Severity.ERROR,
          "The programme states when it starts and ends.",
          "The organisation's donor reports by calendar year.");

  /** The rule's id. */
  static final String ID = DESCRIPTION.id();

  @Override
  public void addTo(Validator.Builder builder) {
    builder.add(DESCRIPTION, PeriodRequired::check);
  }

  private static void check(Programme programme, RuleContext context) {
    if (programme.period().isEmpty()) {
      context.report(Pointers.of("period"), "The programme has no period; add its start and end.");
    }
  }
}
