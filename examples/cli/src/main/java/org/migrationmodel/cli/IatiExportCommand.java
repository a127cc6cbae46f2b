package org.migrationmodel.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.migrationmodel.iati.IatiActivitiesWriter;
import org.migrationmodel.iati.IatiExporter;
import org.migrationmodel.iati.IatiProblem;
import org.migrationmodel.iati.ReportingOrganisation;
import org.migrationmodel.json.ProgrammeReader;
import org.migrationmodel.json.ReadMode;
import org.migrationmodel.json.ReadResult;
import org.migrationmodel.programme.Programme;
import org.migrationmodel.report.InputProblem;
import org.migrationmodel.validation.Finding;
import org.migrationmodel.validation.Validator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code iati export}: writes the valid programmes of some files as one IATI activities file on
 * standard output; findings and a summary line go to standard error.
 */
@Command(
    name = "export",
    mixinStandardHelpOptions = true,
    description = {
      "Write programmes as one IATI 2.03 activities file on standard output.",
      "Programmes with a validation error, or without a period, are not written.",
      "Exit code 0 when every programme was written, 1 when one was not, 2 on a usage or I/O"
          + " error."
    })
final class IatiExportCommand implements Callable<Integer> {
  private static final ReportingOrganisation IOM = ReportingOrganisation.iom();

  @Spec private CommandSpec spec;

  @Mixin private ThreadsOption threads;

  @Option(
      names = "--reporting-org",
      required = true,
      paramLabel = "ID",
      description = "The reporting organisation's IATI identifier, such as XM-DAC-47066 (IOM).")
  private String reportingOrg;

  @Option(
      names = "--reporting-org-name",
      paramLabel = "NAME",
      description = "Its name; required unless the identifier is IOM's.")
  private String reportingOrgName;

  @Option(
      names = "--reporting-org-type",
      paramLabel = "CODE",
      defaultValue = ReportingOrganisation.MULTILATERAL,
      description = "Its IATI organisation type (default: ${DEFAULT-VALUE}, multilateral).")
  private String reportingOrgType;

  @Parameters(
      paramLabel = "FILE",
      arity = "1..*",
      description = "Programme files (JSON, JSON array or NDJSON); - reads standard input.")
  private List<String> files;

  private final InputStream standardInput;

  IatiExportCommand(InputStream standardInput) {
    this.standardInput = standardInput;
  }

  @Override
  public Integer call() throws IOException {
    PrintWriter err = spec.commandLine().getErr();
    TextFindingsPrinter rejected = new TextFindingsPrinter(err);
    ProgrammeReader reader =
        threads
            .applyTo(ProgrammeReader.builder())
            .mode(ReadMode.STRICT)
            .validator(Validator.standard())
            .build();
    int[] notWritten = {0};
    int[] findings = {0};
    int[] inputProblems = {0};
    IatiExporter exporter = IatiExporter.of(organisation());
    try (IatiActivitiesWriter writer = exporter.open(spec.commandLine().getOut())) {
      ProgrammeFiles.read(
          files,
          standardInput,
          reader,
          new ProgrammeFiles.InputHandler() {
            @Override
            public void record(String input, ReadResult record) throws IOException {
              if (record.programme().isEmpty() || !record.report().isValid()) {
                notWritten[0]++;
                rejected.record(input, record);
                return;
              }
              Programme programme = record.programme().get();
              List<Finding> written = writer.write(programme);
              for (Finding finding : written) {
                findings[0]++;
                notWritten[0] += finding.ruleId().equals(IatiProblem.NOT_EXPORTED.id()) ? 1 : 0;
                err.println(line(input, programme.id(), finding));
              }
            }

            @Override
            public void problem(InputProblem problem) {
              inputProblems[0]++;
              rejected.problem(problem);
            }
          });
      writer.finish();
      err.printf(
          Locale.ROOT,
          "iati export: %d activities written, %d programmes not written, %d findings%n",
          writer.written(),
          notWritten[0],
          findings[0]);
    }
    err.flush();
    if (inputProblems[0] > 0) {
      return MigrationModelCli.EXIT_USAGE_OR_IO;
    }
    return notWritten[0] > 0 ? MigrationModelCli.EXIT_INVALID : 0;
  }

  private ReportingOrganisation organisation() {
    if (reportingOrgName == null) {
      if (!reportingOrg.equals(IOM.ref())) {
        throw new ParameterException(
            spec.commandLine(),
            "Give --reporting-org-name: only IOM's name (" + IOM.ref() + ") is known.");
      }
      return IOM;
    }
    try {
      return new ReportingOrganisation(reportingOrg, reportingOrgType, reportingOrgName);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage() + ".");
    }
  }

  static String line(String input, String id, Finding finding) {
    return String.format(
        Locale.ROOT,
        "%s: %s: %-7s %-22s %s%s %s",
        input,
        id,
        finding.severity(),
        finding.ruleId(),
        finding.location().path(),
        finding.line().isPresent() ? " (line " + finding.line().getAsInt() + ")" : "",
        finding.message());
  }
}
