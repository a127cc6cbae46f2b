package org.migrationmodel.iati;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import org.migrationmodel.programme.Programme;
import org.migrationmodel.validation.Finding;

/**
 * One {@code iati-activity} read into a programme, with how its classification was obtained and
 * everything that could not be carried over.
 *
 * @param identifier the activity's {@code iati-identifier}, empty when it has none
 * @param line the line of the {@code iati-activity} element
 * @param programme the programme; validate it before use, as the importer checks only what IATI
 *     gives
 * @param classificationSource whether the classification was written by this library or proposed
 * @param proposals the evidence of a proposed classification, strongest activity first; empty for a
 *     written one
 * @param findings what was not carried over, or assumed, in document order
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
   * @param classificationSource whether the classification was written by this library or proposed
   * @param proposals the evidence of a proposed classification, strongest activity first; empty for
   *     a written one
   * @param findings what was not carried over, or assumed, in document order
   */
  public ImportedActivity {
    checkNotNull(identifier, "identifier");
    checkNotNull(programme, "programme");
    checkNotNull(classificationSource, "classificationSource");
    checkNotNull(proposals, "proposals");
    checkNotNull(findings, "findings");
  }
}
