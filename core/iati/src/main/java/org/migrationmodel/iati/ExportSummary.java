package org.migrationmodel.iati;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableListMultimap;
import org.migrationmodel.validation.Finding;

/**
 * What an export wrote.
 *
 * @param written how many activities were written
 * @param findings the findings on each programme, by programme id, in the programmes' order
 */
public record ExportSummary(int written, ImmutableListMultimap<String, Finding> findings) {

  /**
   * Checks the parts.
   *
   * @param written how many activities were written
   * @param findings the findings on each programme, by programme id, in the programmes' order
   */
  public ExportSummary {
    checkNotNull(findings, "findings");
  }
}
