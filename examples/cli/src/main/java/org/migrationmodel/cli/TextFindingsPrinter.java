package org.migrationmodel.cli;

import java.io.PrintWriter;
import java.util.Locale;
import org.migrationmodel.json.ReadResult;
import org.migrationmodel.programme.Programme;
import org.migrationmodel.report.FindingsPrinter;
import org.migrationmodel.report.InputProblem;
import org.migrationmodel.report.RootCausesFirst;
import org.migrationmodel.report.RunSummary;
import org.migrationmodel.validation.Finding;

/**
 * Prints findings for people: one heading per programme that has any, then one line per finding
 * (severity, rule id, JSON Pointer, message), a line for an input whose reading stopped early, and
 * the summary line last. Inputs that could not be read at all are reported on standard error.
 */
final class TextFindingsPrinter implements FindingsPrinter {
  private final PrintWriter out;

  TextFindingsPrinter(PrintWriter out) {
    this.out = out;
  }

  @Override
  public void start() {}

  @Override
  public void record(String input, ReadResult record) {
    if (record.report().findings().isEmpty()) {
      return;
    }
    out.println(
        input
            + " record "
            + record.recordNumber()
            + " (line "
            + record.line()
            + ")"
            + record.programme().map(Programme::id).map(id -> ": " + id).orElse(""));
    for (Finding finding : RootCausesFirst.of(record.report())) {
      out.println(
          String.format(
              Locale.ROOT,
              "  %-7s %-28s %-40s %s",
              finding.severity(),
              finding.ruleId(),
              finding.location().path().isEmpty() ? "(document)" : finding.location().path(),
              finding.message()));
    }
  }

  @Override
  public void problem(InputProblem problem) {
    if (problem.readInPart()) {
      out.println(problem);
    }
  }

  @Override
  public void finish(RunSummary summary) {
    out.println(summary.line());
    out.flush();
  }
}
