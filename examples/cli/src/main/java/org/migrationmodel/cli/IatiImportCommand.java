package org.migrationmodel.cli;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.migrationmodel.iati.ClassificationSource;
import org.migrationmodel.iati.IatiImporter;
import org.migrationmodel.iati.ImportSummary;
import org.migrationmodel.iati.ImportedActivity;
import org.migrationmodel.iati.Proposal;
import org.migrationmodel.json.ProgrammeJson;
import org.migrationmodel.json.ProgrammeWriter;
import org.migrationmodel.suggester.Suggester;
import org.migrationmodel.validation.Finding;
import org.migrationmodel.validation.Severity;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code iati import}: reads IATI activity files and writes one programme per activity as NDJSON on
 * standard output; findings, proposals with their evidence, and a summary line go to standard
 * error.
 */
@Command(
    name = "import",
    mixinStandardHelpOptions = true,
    description = {
      "Read IATI activity files (2.0x and 1.0x); write one programme per activity as NDJSON.",
      "Findings on each activity, proposed classifications with their evidence, and what the",
      "model has no place for (once per kind of element in the file) go to standard error.",
      "Exit code 0 when all was read, 1 when an activity lacks its identifier or title,"
          + " 2 when a file cannot be read to its end (malformed, a DTD, a limit, I/O)."
    })
final class IatiImportCommand implements Callable<Integer> {
  @Spec private CommandSpec spec;

  @Parameters(
      paramLabel = "FILE",
      arity = "1..*",
      description = "IATI activity files; - reads standard input.")
  private List<String> files;

  private final InputStream standardInput;

  IatiImportCommand(InputStream standardInput) {
    this.standardInput = standardInput;
  }

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    ProgrammeWriter json = ProgrammeJson.writer();
    IatiImporter importer = IatiImporter.standard().withTextClassifier(Suggester.standard());
    // activities, proposed, findings, activities with an error, not about migration
    long[] totals = new long[5];
    boolean complete = true;
    for (String name : files) {
      try (InputStream in = new BufferedInputStream(open(name))) {
        ImportSummary summary =
            importer.read(
                in,
                activity -> {
                  out.println(json.write(activity.programme()));
                  totals[0]++;
                  report(name, activity, err, totals);
                });
        for (Finding finding : summary.findings()) {
          totals[2]++;
          err.println(IatiExportCommand.line(name, "(file)", finding));
        }
        complete &= summary.complete();
      }
    }
    out.flush();
    err.printf(
        Locale.ROOT,
        "iati import: %d activities read, %d with a proposed classification, %d not about"
            + " migration, %d findings%s%n",
        totals[0],
        totals[1],
        totals[4],
        totals[2],
        complete ? "" : "; reading stopped early");
    err.flush();
    if (!complete) {
      return MigrationModelCli.EXIT_USAGE_OR_IO;
    }
    return totals[3] > 0 ? MigrationModelCli.EXIT_INVALID : 0;
  }

  private static void report(
      String input, ImportedActivity activity, PrintWriter err, long[] totals) {
    String id = activity.identifier().isEmpty() ? "(no identifier)" : activity.identifier();
    boolean error = false;
    for (Finding finding : activity.findings()) {
      totals[2]++;
      error |= finding.severity() == Severity.ERROR;
      err.println(IatiExportCommand.line(input, id, finding));
    }
    totals[3] += error ? 1 : 0;
    totals[4] += activity.classificationSource() == ClassificationSource.NONE ? 1 : 0;
    if (activity.classificationSource() == ClassificationSource.PROPOSED) {
      totals[1]++;
      for (Proposal proposal : activity.proposals()) {
        err.printf(
            Locale.ROOT,
            "%s: %s: proposed %s (%s, weight %.3f): %s%n",
            input,
            id,
            proposal.activity().code(),
            proposal.source(),
            proposal.weight(),
            proposal.evidence());
      }
    }
  }

  private InputStream open(String name) throws IOException {
    if (name.equals(ProgrammeFiles.STANDARD_INPUT)) {
      return standardInput;
    }
    Path path = Path.of(name);
    if (Files.isDirectory(path)) {
      throw new IOException(name + " is a directory, not an IATI activities file");
    }
    if (!Files.exists(path)) {
      throw new NoSuchFileException(name, null, "no such file");
    }
    return Files.newInputStream(path);
  }
}
