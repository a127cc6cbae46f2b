package org.migrationmodel.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.concurrent.Callable;
import org.migrationmodel.json.ProgrammeReader;
import org.migrationmodel.json.ReadMode;
import org.migrationmodel.json.ReadResult;
import org.migrationmodel.report.FindingsPrinter;
import org.migrationmodel.report.InputProblem;
import org.migrationmodel.report.JsonFindingsPrinter;
import org.migrationmodel.report.RunTotals;
import org.migrationmodel.validation.Validator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code validate}: reads programme files and reports every finding. */
@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    description = {
      "Read and validate programmes: a JSON document, a JSON array or NDJSON per file.",
      "Exit code 0 when no programme has an error, 1 when one has, 2 on a usage error or an"
          + " input that could not be read, 3 when a rule failed."
    })
final class ValidateCommand implements Callable<Integer> {
  /** The output formats of the findings. */
  enum Format {
    TEXT,
    JSON
  }

  @Spec private CommandSpec spec;

  @Mixin private ThreadsOption threads;

  @Option(
      names = "--format",
      paramLabel = "text|json",
      defaultValue = "text",
      description = "How to print the findings (default: ${DEFAULT-VALUE}).")
  private Format format;

  @Option(
      names = "--lenient",
      description = "Keep unknown members and accept codes in another case or with - for _.")
  private boolean lenient;

  @Parameters(
      paramLabel = "FILE",
      arity = "1..*",
      description = "Files to validate; - reads standard input (shown as <stdin>).")
  private List<String> files;

  private final InputStream standardInput;

  ValidateCommand(InputStream standardInput) {
    this.standardInput = standardInput;
  }

  @Override
  public Integer call() throws IOException {
    ProgrammeReader reader =
        threads
            .applyTo(ProgrammeReader.builder())
            .mode(lenient ? ReadMode.LENIENT : ReadMode.STRICT)
            .validator(Validator.standard())
            .build();
    FindingsPrinter printer =
        format == Format.JSON
            ? new JsonFindingsPrinter(spec.commandLine().getOut())
            : new TextFindingsPrinter(spec.commandLine().getOut());
    RunTotals totals = new RunTotals();
    Progress progress = Progress.forTerminal(spec.commandLine().getErr());
    printer.start();
    ProgrammeFiles.read(
        files,
        standardInput,
        reader,
        new ProgrammeFiles.InputHandler() {
          @Override
          public void record(String input, ReadResult record) throws IOException {
            totals.add(record);
            printer.record(input, record);
            progress.update(totals.summary().programmes());
          }

          @Override
          public void problem(InputProblem problem) throws IOException {
            totals.add(problem);
            progress.clear();
            printer.problem(problem);
            if (!problem.readInPart()) {
              spec.commandLine().getErr().println("migration-model: " + problem);
            }
          }
        });
    progress.clear();
    printer.finish(totals.summary());
    return MigrationModelCli.exitStatus(totals.summary());
  }
}
