package org.migrationmodel.validation;

import com.google.common.collect.ImmutableList;
import java.io.Serializable;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;
import org.migrationmodel.internal.ValueStyle;

/**
 * One problem found in a programme or in what it was read from: which kind of finding it is, how
 * serious, where, and what to do about it. The one finding type of the library: validation rules,
 * the JSON reader, the IATI bridge and the suggester's rule all report {@code Finding}s. Immutable.
 *
 * <p>Match on {@link #ruleId()} and {@link #location()}, never on the message, which may be
 * reworded between releases. What each id means is declared once, by its {@link FindingType}.
 */
@Value.Immutable
@ValueStyle
public abstract class Finding implements Serializable {
  private static final long serialVersionUID = 1L;

  Finding() {}

  /**
   * The {@linkplain FindingType#id() id of the finding's kind}: the rule that produced it, or the
   * reader's or bridge's problem, stable and in kebab case, such as {@code allocation-sum} or
   * {@code json-syntax}.
   *
   * @return the id, never null
   */
  public abstract String ruleId();

  /**
   * How serious the finding is.
   *
   * @return the severity, never null
   */
  public abstract Severity severity();

  /**
   * Where the problem is: a JSON Pointer into the programme's document form, such as {@code
   * /classification/secondaryActivities/1} ({@linkplain Location#document() the empty pointer} for
   * the whole document), or, for the IATI import, an XPath into the file.
   *
   * @return the location, never null
   */
  public abstract Location location();

  /**
   * A plain English sentence naming the offending value and the fix.
   *
   * @return the message, never null
   */
  public abstract String message();

  /**
   * The line of the source text where the problem is, counted from 1, when what it is about was
   * read from text.
   *
   * @return the line, or empty
   */
  public abstract OptionalInt line();

  /**
   * The column of the source text where the problem is, counted from 1, when known.
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
   * The exception behind a {@link ValidatorProblem#RULE_FAILURE} finding, kept whole for logs and
   * bug reports.
   *
   * @return the exception the rule threw; empty for every other finding
   */
  public abstract Optional<Throwable> cause();

  /**
   * A new builder; {@code ruleId}, {@code severity}, {@code location} and {@code message} are
   * required.
   *
   * @return a builder, never null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Whether this finding says that a rule threw. */
  boolean isRuleFailure() {
    return ruleId().equals(ValidatorProblem.RULE_FAILURE.id());
  }

  @Override
  public String toString() {
    return severity()
        + " "
        + ruleId()
        + " at "
        + location()
        + (line().isPresent() ? " (line " + line().getAsInt() + ")" : "")
        + ": "
        + message();
  }

  /** Builds a {@link Finding}. */
  public static final class Builder extends ImmutableFinding.Builder {
    Builder() {}
  }
}
