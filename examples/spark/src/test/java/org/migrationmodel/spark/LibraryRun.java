package org.migrationmodel.spark;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import org.migrationmodel.json.ProgrammeReader;
import org.migrationmodel.json.ReadMode;
import org.migrationmodel.json.ReadResult;
import org.migrationmodel.json.RecordStream;
import org.migrationmodel.programme.Programme;
import org.migrationmodel.report.RootCausesFirst;
import org.migrationmodel.report.RunTotals;
import org.migrationmodel.validation.Finding;
import org.migrationmodel.validation.Validator;

/**
 * The files read in one process, record after record, with the standard validator: the summary line
 * and the findings, in the library's order, that the job's must equal however Spark splits the
 * files.
 */
final class LibraryRun {
  private final String summaryLine;
  private final List<FindingRow> findings;

  private LibraryRun(String summaryLine, List<FindingRow> findings) {
    this.summaryLine = summaryLine;
    this.findings = findings;
  }

  static LibraryRun of(ReadMode mode, String... files) {
    ProgrammeReader reader =
        ProgrammeReader.builder().mode(mode).validator(Validator.standard()).build();
    RunTotals totals = new RunTotals();
    List<FindingRow> rows = new ArrayList<>();
    for (String file : files) {
      try (InputStream in = Files.newInputStream(Path.of(file));
          RecordStream<ReadResult> records = reader.records(in)) {
        for (ReadResult record : records) {
          totals.add(record);
          int position = 1;
          for (Finding finding : RootCausesFirst.of(record.report())) {
            rows.add(
                new FindingRow(
                    FindingRow.fileName(file),
                    record.line(),
                    record.programme().map(Programme::id).orElse(null),
                    position++,
                    finding.ruleId(),
                    finding.severity().name(),
                    finding.location().path(),
                    orNull(finding.line()),
                    orNull(finding.column()),
                    finding.message()));
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return new LibraryRun(totals.summary().line(), rows);
  }

  String summaryLine() {
    return summaryLine;
  }

  List<FindingRow> findings() {
    return findings;
  }

  private static Integer orNull(OptionalInt value) {
    return value.isPresent() ? value.getAsInt() : null;
  }
}
