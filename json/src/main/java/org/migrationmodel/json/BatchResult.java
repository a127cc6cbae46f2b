package org.migrationmodel.json;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Optional;
import org.migrationmodel.programme.Programme;
import org.migrationmodel.validation.Finding;
import org.migrationmodel.validation.Location;
import org.migrationmodel.validation.ValidationReport;

/**
 * Everything read from a JSON array or NDJSON input at once: each record's result, the programmes,
 * one report for the whole input, and the counts. Holds every record in memory; for large inputs,
 * read a {@link RecordStream} instead. Immutable.
 */
public final class BatchResult {
  private final ImmutableList<ReadResult> records;
  private final BulkSummary summary;
  private final ValidationReport report;

  BatchResult(List<ReadResult> records, BulkSummary summary) {
    this.records = ImmutableList.copyOf(records);
    this.summary = summary;
    ImmutableList.Builder<Finding> findings = ImmutableList.builder();
    for (ReadResult record : records) {
      String prefix = "/" + (record.recordNumber() - 1);
      for (Finding finding : record.report().findings()) {
        findings.add(
            Finding.builder()
                .from(finding)
                .location(Location.pointer(prefix + finding.location().path()))
                .build());
      }
    }
    this.report = ValidationReport.of(findings.build());
  }

  /**
   * Every record's result, in input order.
   *
   * @return an immutable list, never null
   */
  public ImmutableList<ReadResult> records() {
    return records;
  }

  /**
   * The programmes that could be built, in input order; a record that gave none is left out, and
   * has findings in {@link #report()}.
   *
   * @return an immutable list, never null
   */
  public ImmutableList<Programme> programmes() {
    return records.stream()
        .map(ReadResult::programme)
        .flatMap(Optional::stream)
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * One report of every record's findings. Each pointer starts with the record's index from 0, as
   * in a JSON array of the records: {@code /2/classification/themes/0} is in the third record.
   * Lines are those of the input.
   *
   * @return the report, never null
   */
  public ValidationReport report() {
    return report;
  }

  /**
   * The counts of records read, valid and invalid.
   *
   * @return the summary, never null
   */
  public BulkSummary summary() {
    return summary;
  }
}
