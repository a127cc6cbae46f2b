package org.migrationmodel.validation;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.io.Serializable;
import java.util.regex.Pattern;
import org.immutables.value.Value;
import org.migrationmodel.internal.ValueStyle;

/**
 * A validation rule's declaration: its id, the severity of its findings, what it checks and why. An
 * organisation declares each of its own rules with one and gives it to {@link
 * Validator.Builder#add(RuleDescription, Rule)}; {@link Validator#rules()} describes every rule a
 * validator applies, standard or not, with the severity that validator gives it. Immutable.
 *
 * <pre>{@code
 * static final RuleDescription BUDGET_REQUIRED =
 *     RuleDescription.of(
 *         "org-budget-required",
 *         Severity.WARNING,
 *         "The programme has a budget.",
 *         "Our board reviews programmes by budget; one without cannot be ranked.");
 * }</pre>
 */
@Value.Immutable
@ValueStyle
public abstract class RuleDescription implements FindingType, Serializable {
  private static final long serialVersionUID = 1L;
  private static final Pattern KEBAB_CASE = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

  RuleDescription() {}

  /**
   * The rule's id, such as {@code org-budget-required}: kebab case, the {@link Finding#ruleId()} of
   * its findings.
   *
   * @return the id, never null
   */
  @Override
  @Value.Parameter
  public abstract String id();

  /**
   * The severity of the rule's findings: as declared, or, in {@link Validator#rules()}, as that
   * validator gives it.
   *
   * @return the severity, never null
   */
  @Override
  @Value.Parameter
  public abstract Severity severity();

  @Override
  @Value.Parameter
  public abstract String summary();

  @Override
  @Value.Parameter
  public abstract String rationale();

  /**
   * Declares a rule.
   *
   * @param id the rule's id, in kebab case, such as {@code org-budget-required}; not null
   * @param severity the severity of its findings; not null
   * @param summary what the rule checks, in one or two sentences; not null, not blank
   * @param rationale why the rule exists; not null, not blank
   * @return the declaration, never null
   * @throws IllegalArgumentException when the id is not kebab case, or the summary or rationale is
   *     blank
   */
  public static RuleDescription of(String id, Severity severity, String summary, String rationale) {
    checkArgument(
        KEBAB_CASE.matcher(checkNotNull(id, "id")).matches(),
        "Rule id \"%s\" is not in kebab case",
        id);
    checkNotNull(severity, "severity");
    checkArgument(!checkNotNull(summary, "summary").isBlank(), "The summary of %s is blank", id);
    checkArgument(
        !checkNotNull(rationale, "rationale").isBlank(), "The rationale of %s is blank", id);
    return ImmutableRuleDescription.of(id, severity, summary, rationale);
  }

  /** The declaration of any kind of finding, at a severity a validator gives it. */
  static RuleDescription of(FindingType type, Severity severity) {
    return ImmutableRuleDescription.of(type.id(), severity, type.summary(), type.rationale());
  }
}
