package org.migrationmodel.suggester;

import static com.google.common.base.Preconditions.checkNotNull;

import org.migrationmodel.text.TextClassification;
import org.migrationmodel.validation.RuleDescription;
import org.migrationmodel.validation.Severity;
import org.migrationmodel.validation.Validator;

/**
 * Validation rules that check a programme's classification against its own words. They are not part
 * of {@link Validator#standard()}: add them to a builder with {@link #withConsistencyCheck}.
 *
 * <pre>{@code
 * Validator validator = SuggesterRules.withConsistencyCheck(Validator.builder()).build();
 * }</pre>
 */
public final class SuggesterRules {
  /**
   * The rule that reports, as a {@linkplain org.migrationmodel.validation.Severity#WARNING warning}
   * at {@code /classification/primaryActivity}, a primary activity that is not among the
   * suggester's first three activities when the suggester is {@linkplain
   * TextClassification#isConfident() confident}. A text the suggester judges not about migration,
   * or in a language it does not read, is never reported. The finding names the activities the text
   * points to, with their confidences and evidence, and lists their codes as suggestions.
   */
  public static final RuleDescription PRIMARY_ACTIVITY_TEXT_MISMATCH =
      RuleDescription.of(
          "primary-activity-text-mismatch",
          Severity.WARNING,
          PrimaryActivityTextRule.SUMMARY,
          PrimaryActivityTextRule.RATIONALE);

  private SuggesterRules() {}

  /**
   * Adds the {@link #PRIMARY_ACTIVITY_TEXT_MISMATCH} rule to a validator builder, after the rules
   * already there.
   *
   * @param builder a validator builder; not null
   * @return the same builder
   * @throws IllegalArgumentException when the builder already has the rule
   */
  public static Validator.Builder withConsistencyCheck(Validator.Builder builder) {
    return checkNotNull(builder, "builder")
        .add(PRIMARY_ACTIVITY_TEXT_MISMATCH, PrimaryActivityTextRule.instance());
  }
}
