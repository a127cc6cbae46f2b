package org.migrationmodel.validation;

import java.io.Serializable;
import org.migrationmodel.programme.Programme;

/**
 * One check a {@link Validator} applies to a programme; usually a lambda. An organisation adds its
 * own with {@link Validator.Builder#add(RuleDescription, Rule)}, whose description gives the rule
 * its id, severity, summary and rationale:
 *
 * <pre>{@code
 * RuleDescription budgetRequired =
 *     RuleDescription.of(
 *         "org-budget-required",
 *         Severity.WARNING,
 *         "The programme has a budget.",
 *         "Our board ranks programmes by budget.");
 * Validator validator =
 *     Validator.builder()
 *         .add(budgetRequired, (programme, findings) -> {
 *           if (programme.budget().isEmpty()) {
 *             findings.report(Pointers.of("budget"), "The programme has no budget; add one.");
 *           }
 *         })
 *         .build();
 * }</pre>
 *
 * <p>A rule reports through its {@link RuleContext}; it never throws for bad data (a rule that
 * throws gives a {@link ValidatorProblem#RULE_FAILURE} finding). Rules must be stateless (or
 * immutable) and serializable, because one validator is shared across threads and shipped to
 * cluster workers: a lambda is serializable when what it captures is.
 */
@FunctionalInterface
public interface Rule extends Serializable {

  /**
   * Checks a programme and reports each problem through the context.
   *
   * @param programme the programme; not null
   * @param context where findings go, and what the rule may consult; not null
   */
  void check(Programme programme, RuleContext context);
}
