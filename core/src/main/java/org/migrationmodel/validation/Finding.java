package org.migrationmodel.validation;

import com.google.common.collect.ImmutableList;
import java.io.Serializable;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;
import org.migrationmodel.internal.ValueStyle;

/**
 * One problem found in a programme: which rule found it, how serious it is, where it is and what to
 * do about it. Immutable.
 *
 * <p>Match on {@link #ruleId()} and {@link #pointer()}, never on the message, which may be reworded
 * between releases.
 */
@Value.Immutable
@ValueStyle
public abstract class Finding implements Serializable {
  private static final long serialVersionUID = 1L;

  /**
   * The id of the finding a validator reports when a rule throws instead of reporting: {@value}.
   * Such a finding is an {@link Severity#ERROR} at the whole document, names the rule in its
   * message and keeps the exception as its {@link #cause()}; it says the rule is defective and the
   * programme was not fully checked, not that the data is wrong. See {@link
   * ValidationReport#isComplete()}.
   */
  public static final String RULE_FAILURE = "rule-failure";

  Finding() {}

  /**
   * The id of the rule that produced the finding, stable and in kebab case, such as {@code
   * allocation-sum}.
   *
   * @return the rule id, never null
   */
  public abstract String ruleId();

  /**
   * How serious the finding is.
   *
   * @return the severity, never null
   */
  public abstract Severity severity();

  /**
   * Where the problem is, as a JSON Pointer into the programme's document form, such as {@code
   * /classification/secondaryActivities/1}; the empty string means the whole document.
   *
   * @return the pointer, never null
   */
  public abstract String pointer();

  /**
   * A plain English sentence naming the offending value and the fix.
   *
   * @return the message, never null
   */
  public abstract String message();

  /**
   * The line of the source text where the problem is, counted from 1, when the programme was read
   * from text.
   *
   * @return the line, or empty
   */
  public abstract OptionalInt line();

  /**
   * The column of the source text where the problem is, counted from 1, when the programme was read
   * from text.
   *
   * @return the column, or empty
   */
  public abstract OptionalInt column();

  /**
   * Valid values close to an invalid one, best first, such as the codes nearest to a misspelt code.
   *
   * @return an immutable list, usually empty; never null
   */
  public abstract ImmutableList<String> suggestions();

  /**
   * The exception behind a {@value #RULE_FAILURE} finding, kept whole for logs and bug reports.
   *
   * @return the exception the rule threw; empty for every other finding
   */
  public abstract Optional<Throwable> cause();

  /**
   * A new builder; {@code ruleId}, {@code severity}, {@code pointer} and {@code message} are
   * required.
   *
   * @return a builder, never null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Whether this finding says that a rule threw: its id is {@value #RULE_FAILURE}. */
  boolean isRuleFailure() {
    return ruleId().equals(RULE_FAILURE);
  }

  @Override
  public String toString() {
    return severity()
        + " "
        + ruleId()
        + " at "
        + (pointer().isEmpty() ? "(document)" : pointer())
        + ": "
        + message();
  }

  /** Builds a {@link Finding}. */
  public static final class Builder extends ImmutableFinding.Builder {
    Builder() {}
  }
}
