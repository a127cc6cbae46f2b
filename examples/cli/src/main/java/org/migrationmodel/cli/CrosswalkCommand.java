package org.migrationmodel.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.migrationmodel.crosswalk.Crosswalk;
import org.migrationmodel.crosswalk.GcmObjective;
import org.migrationmodel.json.ProgrammeJson;
import org.migrationmodel.json.ProgrammeReader;
import org.migrationmodel.json.ReadResult;
import org.migrationmodel.report.InputProblem;
import org.migrationmodel.report.RunTotals;
import org.migrationmodel.taxonomy.Catalogue;
import org.migrationmodel.taxonomy.Term;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code crosswalk}: the model seen in the frameworks programmes are reported in, for one term, one
 * GCM objective, the programmes of some files, or the whole crosswalk as JSON or CSV.
 */
@Command(
    name = "crosswalk",
    mixinStandardHelpOptions = true,
    description = {
      "Map the model to GCM, SDG, OECD DAC and UNHCR codes.",
      "Give one of --term, --gcm, --format, or programme files. With files: exit code 1 when a",
      "record could not be read (it is named), 2 when an input could not be read, or not to",
      "its end."
    })
final class CrosswalkCommand implements Callable<Integer> {
  /** The export formats of the whole crosswalk. */
  enum Format {
    JSON,
    CSV
  }

  @Spec private CommandSpec spec;

  @Mixin private ThreadsOption threads;

  @Option(
      names = "--term",
      paramLabel = "CODE",
      description =
          "An activity, cross-cutting activity or population group, such as COUNTER_TRAFFICKING.")
  private String term;

  @Option(
      names = "--gcm",
      paramLabel = "N",
      description = "A GCM objective, 1 to 23: what serves it.")
  private Integer gcm;

  @Option(
      names = "--format",
      paramLabel = "json|csv",
      description = "Print the whole crosswalk as JSON or CSV.")
  private Format format;

  @Parameters(
      paramLabel = "FILE",
      arity = "0..*",
      description = "Programme files: each programme's view.")
  private List<String> files = List.of();

  private final InputStream standardInput;

  CrosswalkCommand(InputStream standardInput) {
    this.standardInput = standardInput;
  }

  @Override
  public Integer call() throws IOException {
    int chosen =
        (term != null ? 1 : 0)
            + (gcm != null ? 1 : 0)
            + (format != null ? 1 : 0)
            + (files.isEmpty() ? 0 : 1);
    if (chosen != 1) {
      throw new ParameterException(
          spec.commandLine(), "Give exactly one of --term, --gcm, --format or programme files.");
    }
    PrintWriter out = spec.commandLine().getOut();
    CrosswalkText text = new CrosswalkText(Crosswalk.standard(), out);
    if (term != null) {
      text.term(findTerm(term));
    } else if (gcm != null) {
      text.objective(findObjective(gcm));
    } else if (format != null) {
      out.print(
          format == Format.JSON
              ? ProgrammeJson.crosswalkAsJson(Crosswalk.standard())
              : ProgrammeJson.crosswalkAsCsv(Crosswalk.standard()));
    } else {
      int status = programmes(text);
      out.flush();
      return status;
    }
    out.flush();
    return MigrationModelCli.EXIT_OK;
  }

  // Returns the exit status: 2 when an input could not be read, or not to its end, 1 when a record
  // could not be read, else 0.
  private int programmes(CrosswalkText text) throws IOException {
    ProgrammeReader reader = threads.applyTo(ProgrammeJson.reader().toBuilder()).build();
    RunTotals totals = new RunTotals();
    ProgrammeFiles.read(
        files,
        standardInput,
        reader,
        new ProgrammeFiles.InputHandler() {
          @Override
          public void record(String input, ReadResult record) {
            totals.add(record);
            if (record.programme().isPresent()) {
              text.programme(record.programme().get());
            } else {
              text.unreadable(input, record);
            }
          }

          @Override
          public void problem(InputProblem problem) {
            totals.add(problem);
            spec.commandLine().getErr().println("migration-model: " + problem);
          }
        });
    return MigrationModelCli.readingStatus(totals.summary());
  }

  private Term findTerm(String code) {
    Optional<Term> found =
        Catalogue.standard().lookup(code).stream()
            .filter(candidate -> !Crosswalk.standard().linksFrom(candidate).isEmpty())
            .findFirst();
    return found.orElseThrow(
        () ->
            new ParameterException(
                spec.commandLine(),
                "No activity, cross-cutting activity or population group has the code '"
                    + code
                    + "'."));
  }

  private GcmObjective findObjective(int number) {
    if (number < 1 || number > GcmObjective.values().length) {
      throw new ParameterException(
          spec.commandLine(), "GCM objectives are numbered 1 to 23, not " + number + ".");
    }
    return GcmObjective.of(number);
  }
}
