package org.migrationmodel.suggester;

import java.io.ObjectStreamException;
import org.migrationmodel.programme.Programme;
import org.migrationmodel.text.TextClassification;
import org.migrationmodel.validation.Rule;
import org.migrationmodel.validation.RuleContext;

/**
 * Registers {@link PrimaryActivityTextCheck} with a validator as a {@link Rule}. Serializable for
 * validators shipped to cluster workers: it holds nothing, and the check it delegates to is rebuilt
 * on arrival around the standard suggester.
 */
final class PrimaryActivityTextRule implements Rule {
  private static final long serialVersionUID = 1L;

  /** What the rule checks, for {@code explain} and the validator's rule descriptions. */
  static final String SUMMARY =
      "When the suggester judges the title and description to be about migration and is confident"
          + " of its first activity, the primary activity is among its first "
          + TextClassification.AGREEING_RANKS
          + " suggestions.";

  /** Why the rule exists. */
  static final String RATIONALE =
      "Codes that pass every other rule can still misfile a programme, such as"
          + " counter-trafficking filed under labour migration; the programme's own words are the"
          + " evidence. The suggester is a heuristic, so this is a warning to review, not an error.";

  private static final PrimaryActivityTextRule INSTANCE = new PrimaryActivityTextRule();

  private final transient PrimaryActivityTextCheck check =
      new PrimaryActivityTextCheck(Suggester.standard());

  private PrimaryActivityTextRule() {}

  static PrimaryActivityTextRule instance() {
    return INSTANCE;
  }

  @Override
  public void check(Programme programme, RuleContext context) {
    check.check(programme, context);
  }

  /**
   * Resolves a deserialized rule to the single instance, whose check is in place.
   *
   * @return the shared instance
   * @throws ObjectStreamException never
   */
  private Object readResolve() throws ObjectStreamException {
    return INSTANCE;
  }
}
