package org.migrationmodel.validation;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.Iterables;
import java.io.Serializable;
import java.util.Comparator;
import org.immutables.value.Value;
import org.migrationmodel.internal.ValueStyle;

/**
 * Everything found wrong with one programme, in a deterministic order: errors first, then warnings,
 * then information; within a severity by {@linkplain Location location} (JSON Pointers in document
 * order), rule id and message. Immutable.
 */
@Value.Immutable
@ValueStyle
public abstract class ValidationReport implements Serializable {
  private static final long serialVersionUID = 1L;

  private static final Comparator<Location> LOCATION_ORDER =
      Comparator.comparing(Location::kind).thenComparing(Location::path, Pointers.documentOrder());
  private static final Comparator<Finding> ORDER =
      Comparator.comparing(Finding::severity)
          .thenComparing(Finding::location, LOCATION_ORDER)
          .thenComparing(Finding::ruleId)
          .thenComparing(Finding::message);

  private static final ValidationReport EMPTY =
      ImmutableValidationReport.builder().findings(ImmutableList.of()).build();

  ValidationReport() {}

  /**
   * The findings, in the report's order.
   *
   * @return an immutable list, empty when nothing was found; never null
   */
  public abstract ImmutableList<Finding> findings();

  /**
   * A report of some findings, put in the report's order.
   *
   * @param findings the findings, in any order; not null
   * @return the report, never null
   */
  public static ValidationReport of(Iterable<Finding> findings) {
    // Most programmes of a bulk run are clean: their report is the one empty report.
    if (Iterables.isEmpty(findings)) {
      return empty();
    }
    return ImmutableValidationReport.builder()
        .findings(ImmutableList.sortedCopyOf(ORDER, findings))
        .build();
  }

  /**
   * The report with no findings.
   *
   * @return the empty report, never null
   */
  public static ValidationReport empty() {
    return EMPTY;
  }

  /**
   * This report's findings together with another's, for example a reader's and a validator's.
   *
   * @param other the other report; not null
   * @return a new report, never null
   */
  public ValidationReport plus(ValidationReport other) {
    return of(Iterables.concat(findings(), other.findings()));
  }

  /**
   * Whether the programme is valid: true when there is no {@link Severity#ERROR} finding. A report
   * with a {@linkplain #ruleFailures() rule failure} is never valid, since the programme was not
   * fully checked; {@link #isComplete()} tells such a report from one about bad data.
   *
   * @return true when valid
   */
  public boolean isValid() {
    // Errors come first in the report's order, so the first finding tells. Most programmes of a
    // bulk run have no finding at all, and this is asked of each.
    ImmutableList<Finding> findings = findings();
    return findings.isEmpty() || findings.get(0).severity() != Severity.ERROR;
  }

  /**
   * Whether every rule ran to its end: false when a rule threw, which is a defect of the rule (or
   * of the library), not of the programme. An incomplete report may still hold findings about the
   * data from the other rules.
   *
   * @return true when there is no {@link ValidatorProblem#RULE_FAILURE} finding
   */
  public boolean isComplete() {
    return findings().stream().noneMatch(Finding::isRuleFailure);
  }

  /**
   * The {@link ValidatorProblem#RULE_FAILURE} findings, one for each rule that threw, each keeping
   * the exception as its {@link Finding#cause()}.
   *
   * @return an immutable list, empty when every rule ran to its end; never null
   */
  public ImmutableList<Finding> ruleFailures() {
    return findings().stream()
        .filter(Finding::isRuleFailure)
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * The findings of one severity, in the report's order.
   *
   * @param severity the severity; not null
   * @return an immutable list, never null
   */
  public ImmutableList<Finding> findings(Severity severity) {
    return findings().stream()
        .filter(finding -> finding.severity() == severity)
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * How many findings have a severity.
   *
   * @param severity the severity; not null
   * @return the count, zero or more
   */
  public int count(Severity severity) {
    int count = 0;
    for (Finding finding : findings()) {
      if (finding.severity() == severity) {
        count++;
      }
    }
    return count;
  }

  /**
   * Throws when the report holds an error; does nothing otherwise.
   *
   * @throws ValidationException carrying this report, when {@link #isValid()} is false; its cause
   *     is the exception of the first rule failure, if any
   */
  public void throwIfInvalid() {
    if (!isValid()) {
      throw new ValidationException(this);
    }
  }
}
