package org.migrationmodel.spark;

import org.migrationmodel.validation.Severity;
import org.migrationmodel.validation.StandardRule;
import org.migrationmodel.validation.Validator;

/** The standard rule sets a job can start from, before an organisation's own rules are added. */
public enum RulePreset {
  /** Every standard rule at its default severity, as the command-line tool validates. */
  STANDARD {
    @Override
    Validator.Builder validator() {
      return Validator.builder();
    }
  },
  /**
   * Only the standard rules whose findings are errors: for a platform that gates loads on errors
   * and does not want warnings or notes in its findings table.
   */
  ERRORS_ONLY {
    @Override
    Validator.Builder validator() {
      Validator.Builder builder = Validator.builder();
      for (StandardRule rule : StandardRule.values()) {
        if (rule.severity() != Severity.ERROR) {
          builder.disable(rule);
        }
      }
      return builder;
    }
  };

  /** A validator builder holding this preset's rules. */
  abstract Validator.Builder validator();
}
