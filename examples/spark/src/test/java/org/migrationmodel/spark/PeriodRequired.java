package org.migrationmodel.spark;

import org.migrationmodel.programme.Programme;
import org.migrationmodel.validation.Pointers;
import org.migrationmodel.validation.Rule;
import org.migrationmodel.validation.RuleContext;
import org.migrationmodel.validation.Severity;

/** An organisation's own rule, loaded by the job from its class name. */
public final class PeriodRequired implements Rule {
  private static final long serialVersionUID = 1L;

  /** The rule's id. */
  static final String ID = "org-period-required";

  @Override
  public String id() {
    return ID;
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
    return "The organisation's donor reports by calendar year.";
  }

  @Override
  public void check(Programme programme, RuleContext context) {
    if (programme.period().isEmpty()) {
      context.report(Pointers.of("period"), "The programme has no period; add its start and end.");
    }
  }
}
