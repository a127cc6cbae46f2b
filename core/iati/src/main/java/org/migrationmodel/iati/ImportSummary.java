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
 * @param findings findings about the file rather than one activity, in document order
 */
public record ImportSummary(long activities, boolean complete, ImmutableList<Finding> findings) {

  /**
   * Checks the parts.
   *
   * @param activities how many activities were read and handed on
   * @param complete whether the whole file was read; false when reading stopped at a malformed
   *     part, a DTD or a limit, which {@code findings} then names
   * @param findings findings about the file rather than one activity, in document order
   */
  public ImportSummary {
    checkNotNull(findings, "findings");
  }
}
