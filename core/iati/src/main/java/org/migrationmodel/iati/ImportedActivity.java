package org.migrationmodel.iati;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import org.migrationmodel.programme.Programme;
import org.migrationmodel.validation.Finding;

/**
 * One {@code iati-activity} read into a programme, with how its classification was obtained and the
 * findings on it. What the model has no place for is not listed here but counted over the whole
 * file, in {@link ImportSummary#findings()}.
 *
 * @param identifier the activity's {@code iati-identifier}, empty when it has none
 * @param line the line of the {@code iati-activity} element
 * @param programme the programme; validate it before use, as the importer checks only what IATI
 *     gives
 * @param classificationSource whether the classification was written by this library, proposed, or
 *     not proposed as the activity does not appear to be about migration
 * @param proposals the evidence of a proposed classification, strongest activity first; empty
 *     otherwise
 * @param findings the findings on this activity alone: missing, invalid or repeated values, budgets
 *     left out, assumptions, the proposal or why there is none; in the order they were found
 */
public record ImportedActivity(
    String identifier,
    int line,
    Programme programme,
    ClassificationSource classificationSource,
    ImmutableList<Proposal> proposals,
    ImmutableList<Finding> findings) {

  /**
   * Checks the parts.
   *
   * @param identifier the activity's {@code iati-identifier}, empty when it has none
   * @param line the line of the {@code iati-activity} element
   * @param programme the programme; validate it before use, as the importer checks only what IATI
   *     gives
   * @param classificationSource whether the classification was written by this library, proposed,
   *     or not proposed as the activity does not appear to be about migration
   * @param proposals the evidence of a proposed classification, strongest activity first; empty
   *     otherwise
   * @param findings the findings on this activity alone, in the order they were found
   */
  public ImportedActivity {
    checkNotNull(identifier, "identifier");
    checkNotNull(programme, "programme");
    checkNotNull(classificationSource, "classificationSource");
    checkNotNull(proposals, "proposals");
    checkNotNull(findings, "findings");
  }
}
