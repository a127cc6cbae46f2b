package org.migrationmodel.spark;

import org.migrationmodel.validation.Validator;

/**
 * An organisation's own rules, named to the job by class ({@code --rule CLASS}) and loaded from its
 * class path. A rule is a lambda declared by a {@link
 * org.migrationmodel.validation.RuleDescription}, so the class adds its rules to the job's
 * validator builder:
 *
 * <pre>{@code
 * public final class DonorRules implements OrganisationRules {
 *   static final RuleDescription PERIOD_REQUIRED =
 *       RuleDescription.of("org-period-required", Severity.ERROR,
 *           "The programme states when it starts and ends.", "Our donor reports by year.");
 *
 *   public void addTo(Validator.Builder builder) {
 *     builder.add(PERIOD_REQUIRED, DonorRules::checkPeriod);
 *   }
 * }
 * }</pre>
 *
 * <p>The validator is shipped to the executors, so each rule must be serializable: a lambda or
 * method reference typed as {@link org.migrationmodel.validation.Rule} is, as long as what it
 * captures is.
 */
@FunctionalInterface
public interface OrganisationRules {
  /**
   * Adds this organisation's rules to a validator builder.
   *
   * @param builder the job's builder, holding the preset's rules; not null
   */
  void addTo(Validator.Builder builder);
}
