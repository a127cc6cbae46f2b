package org.migrationmodel.iati;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import org.migrationmodel.validation.Finding;

/**
 * What an import read from one file.
 *
 * @param activities how many activities were read and handed on
 * @param complete whether the whole file was read; false when reading stopped at a malformed part,
 *     a DTD or a limit, which {@code findings} then names
 * @param findings findings about the file rather than one activity: its version, one {@link
 *     IatiProblem#UNMAPPED} finding per kind of element or attribute the model has no place for
 *     (with the count and the first place), and, last, why reading stopped
 */
public record ImportSummary(long activities, boolean complete, ImmutableList<Finding> findings) {

  /**
   * Checks the parts.
   *
   * @param activities how many activities were read and handed on
   * @param complete whether the whole file was read; false when reading stopped at a malformed
   *     part, a DTD or a limit, which {@code findings} then names
   * @param findings findings about the file rather than one activity: its version, one {@link
   *     IatiProblem#UNMAPPED} finding per kind the model has no place for, and why reading stopped
   */
  public ImportSummary {
    checkNotNull(findings, "findings");
  }
}
