package org.migrationmodel.cli;

import java.io.InputStream;
import java.util.List;
import org.migrationmodel.report.RunSummary;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code migration-model} command-line tool: validates programme files, prints the model, and
 * summarises a portfolio.
 *
 * <p>Exit codes: 0 when all went well, 1 when a validated programme has an error, 2 on a usage
 * error or an input that could not be read (after reading every input that could be), 3 when a rule
 * failed, which is a defect of the rule rather than of the data.
 */
@Command(
    name = "migration-model",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Validate and summarise migration programmes classified against IOM's model.")
public final class MigrationModelCli {

  // In the order the tool's help lists them.
  private static final List<Class<?>> SUBCOMMANDS =
      List.of(
          ValidateCommand.class,
          ReportCommand.class,
          CrosswalkCommand.class,
          CatalogueCommand.class,
          ExplainCommand.class,
          SuggestCommand.class,
          IatiCommand.class);

  /** Exit code when all went well. */
  static final int EXIT_OK = 0;

  /** Exit code when a command read its input but found an error in it. */
  static final int EXIT_INVALID = 1;

  /** Exit code on a usage error or an input/output failure. */
  static final int EXIT_USAGE_OR_IO = 2;

  /** Exit code when a validation rule threw: a defect of the rule, not a problem of the data. */
  static final int EXIT_RULE_FAILURE = 3;

  private MigrationModelCli() {}

  /**
   * The exit status of a run that judges the programmes (validate): {@link #EXIT_RULE_FAILURE} when
   * a rule failed (a defect, whatever else happened), else {@link #EXIT_USAGE_OR_IO} when an input
   * could not be read, or not to its end, else {@link #EXIT_INVALID} when a programme has an error
   * (a record that could not be read has one), else {@link #EXIT_OK}.
   */
  static int exitStatus(RunSummary run) {
    if (run.ruleFailures() > 0) {
      return EXIT_RULE_FAILURE;
    }
    if (run.unreadableInputs() > 0 || run.inputsReadInPart() > 0) {
      return EXIT_USAGE_OR_IO;
    }
    return run.errors() > 0 ? EXIT_INVALID : EXIT_OK;
  }

  /**
   * The exit status of a run that uses the programmes without judging them (report, crosswalk):
   * {@link #EXIT_USAGE_OR_IO} when an input could not be read, or not to its end, else {@link
   * #EXIT_INVALID} when a record could not be read, else {@link #EXIT_OK}.
   */
  static int readingStatus(RunSummary run) {
    if (run.unreadableInputs() > 0 || run.inputsReadInPart() > 0) {
      return EXIT_USAGE_OR_IO;
    }
    return run.unreadableRecords() > 0 ? EXIT_INVALID : EXIT_OK;
  }

  /** Creates the commands, handing standard input to those that read it. */
  private static final class Factory implements CommandLine.IFactory {
    private final InputStream standardInput;

    Factory(InputStream standardInput) {
      this.standardInput = standardInput;
    }

    @Override
    public <K> K create(Class<K> type) throws Exception {
      if (type == ValidateCommand.class) {
        return type.cast(new ValidateCommand(standardInput));
      }
      if (type == ReportCommand.class) {
        return type.cast(new ReportCommand(standardInput));
      }
      if (type == CrosswalkCommand.class) {
        return type.cast(new CrosswalkCommand(standardInput));
      }
      if (type == SuggestCommand.class) {
        return type.cast(new SuggestCommand(standardInput));
      }
      if (type == IatiExportCommand.class) {
        return type.cast(new IatiExportCommand(standardInput));
      }
      if (type == IatiImportCommand.class) {
        return type.cast(new IatiImportCommand(standardInput));
      }
      return CommandLine.defaultFactory().create(type);
    }
  }

  /**
   * Runs the tool and exits with its exit code.
   *
   * @param args the command line
   */
  public static void main(String[] args) {
    System.exit(commandLine(System.in, args).execute(args));
  }

  /**
   * The tool's command line for the given arguments, for callers (and tests) that run it without
   * exiting the JVM. It holds only the subcommand the arguments start with, or every subcommand
   * when they start with none: picocli reads each command's model by reflection as the command line
   * is made, which cost a run about a tenth of a second for the commands it did not run.
   *
   * @param standardInput what {@code -} reads
   * @param args the arguments the command line will execute
   * @return a new command line, never null
   */
  public static CommandLine commandLine(InputStream standardInput, String... args) {
    CommandLine commandLine = new CommandLine(new MigrationModelCli(), new Factory(standardInput));
    for (Class<?> subcommand : subcommandsFor(args)) {
      commandLine.addSubcommand(subcommand);
    }
    // Set after the subcommands are added: picocli passes these down only to those it has.
    return commandLine
        .setCaseInsensitiveEnumValuesAllowed(true)
        .setExecutionExceptionHandler(new IoFailureHandler());
  }

  private static List<Class<?>> subcommandsFor(String... args) {
    if (args.length > 0) {
      for (Class<?> subcommand : SUBCOMMANDS) {
        if (subcommand.getAnnotation(Command.class).name().equals(args[0])) {
          return List.of(subcommand);
        }
      }
    }
    return SUBCOMMANDS;
  }
}
