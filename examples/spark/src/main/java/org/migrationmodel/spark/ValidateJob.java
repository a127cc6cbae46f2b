package org.migrationmodel.spark;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.apache.spark.sql.SparkSession;
import org.migrationmodel.json.ProgrammeReader;
import org.migrationmodel.json.ReadMode;
import org.migrationmodel.report.RunSummary;
import org.migrationmodel.validation.Validator;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * The Spark job: validates NDJSON programme records, writes the findings table and prints the
 * command-line tool's summary line. Exit status as the tool's: 0 when no programme has an error, 1
 * when one has, 2 on a usage or input/output error, 3 when a rule failed; and 3 when the job
 * failed.
 */
@Command(
    name = "migration-model-spark",
    mixinStandardHelpOptions = true,
    description = {
      "Validate NDJSON programme records on Apache Spark and write every finding as a table.",
      "Prints the run's summary line, as the command-line tool's validate command does."
    })
public final class ValidateJob implements Callable<Integer> {
  /** The exit status when a programme has an error, as the command-line tool's. */
  static final int EXIT_INVALID = 1;

  /** The exit status on a usage or input/output error, as the command-line tool's. */
  static final int EXIT_USAGE_OR_IO = 2;

  /** The exit status when a rule failed or Spark reports that the job failed. */
  static final int EXIT_FAILED = 3;

  @Spec private CommandSpec spec;

  @Parameters(
      paramLabel = "INPUT",
      arity = "1..*",
      description = "NDJSON files, directories or globs, in any file system Spark reads.")
  private List<String> inputs;

  @Option(
      names = "--output",
      required = true,
      paramLabel = "DIR",
      description = "Where the findings table goes (a directory, as Spark writes tables).")
  private String output;

  @Option(
      names = "--format",
      paramLabel = "parquet|json|csv",
      defaultValue = "parquet",
      converter = TableFormatConverter.class,
      description = "The table's format (default: ${DEFAULT-VALUE}).")
  private TableFormat format;

  @Option(names = "--overwrite", description = "Replace the output directory if it exists.")
  private boolean overwrite;

  @Option(
      names = "--lenient",
      description = "Keep unknown members and accept codes in another case or with - for _.")
  private boolean lenient;

  @Option(
      names = "--preset",
      paramLabel = "standard|errors-only",
      defaultValue = "standard",
      converter = RulePresetConverter.class,
      description =
          "The standard rules to apply: all at their default severities, or only those that"
              + " report errors (default: ${DEFAULT-VALUE}).")
  private RulePreset preset;

  @Option(
      names = "--rule",
      paramLabel = "CLASS",
      description =
          "An organisation's rules: a class implementing"
              + " org.migrationmodel.spark.OrganisationRules, with a public constructor without"
              + " parameters, on the job's class path. Repeatable.")
  private List<String> rules = new ArrayList<>();

  private final Supplier<SparkSession> session;

  private ValidateJob(Supplier<SparkSession> session) {
    this.session = session;
  }

  /**
   * The job's command line, running on the session the supplier gives.
   *
   * @param session gives the Spark session, asked for only once the arguments are valid
   * @return the command line, to {@code execute} with the job's arguments
   */
  public static CommandLine commandLine(Supplier<SparkSession> session) {
    return new CommandLine(new ValidateJob(session))
        .setExecutionExceptionHandler(new JobFailureHandler());
  }

  /**
   * Runs the job on the session spark-submit (or {@code -Dspark.master}) sets up, and stops it.
   *
   * @param args the job's arguments; {@code --help} lists them
   */
  public static void main(String[] args) {
    int status =
        commandLine(() -> SparkSession.builder().appName("migration-model validate").getOrCreate())
            .execute(args);
    scala.Option<SparkSession> started = SparkSession.getDefaultSession();
    if (started.isDefined()) {
      started.get().stop();
    }
    System.exit(status);
  }

  @Override
  public Integer call() {
    ProgrammeReader reader =
        ProgrammeReader.builder()
            .mode(lenient ? ReadMode.LENIENT : ReadMode.STRICT)
            .validator(validator())
            .build();
    RunSummary summary;
    try (ProgrammeValidation validation = ProgrammeValidation.of(session.get(), reader, inputs)) {
      summary = validation.summary();
      format.write(validation.findings(), output, overwrite);
    }
    PrintWriter out = spec.commandLine().getOut();
    out.println(summary.line());
    out.flush();
    if (summary.ruleFailures() > 0) {
      return EXIT_FAILED;
    }
    return summary.errors() > 0 ? EXIT_INVALID : 0;
  }

  private Validator validator() {
    Validator.Builder builder = preset.validator();
    for (String rule : rules) {
      try {
        CustomRules.load(rule).addTo(builder);
      } catch (IllegalArgumentException e) {
        throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage(), e);
      }
    }
    return builder.build();
  }

  /** Reads {@code errors-only} as {@link RulePreset#ERRORS_ONLY}, in any case. */
  static final class RulePresetConverter implements CommandLine.ITypeConverter<RulePreset> {
    @Override
    public RulePreset convert(String value) {
      return RulePreset.valueOf(constantName(value));
    }
  }

  /** Reads a format name in any case. */
  static final class TableFormatConverter implements CommandLine.ITypeConverter<TableFormat> {
    @Override
    public TableFormat convert(String value) {
      return TableFormat.valueOf(constantName(value));
    }
  }

  private static String constantName(String value) {
    return value.toUpperCase(Locale.ROOT).replace('-', '_');
  }
}
