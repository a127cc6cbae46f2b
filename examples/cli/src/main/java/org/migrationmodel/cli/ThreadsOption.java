package org.migrationmodel.cli;

import org.migrationmodel.json.ProgrammeReader;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code --threads N}: how many threads read and validate the records of the input files. Every
 * processor the machine offers by default; the output does not depend on it.
 */
final class ThreadsOption {
  @Spec(Spec.Target.MIXEE)
  private CommandSpec spec;

  private int threads = Runtime.getRuntime().availableProcessors();

  @Option(
      names = "--threads",
      paramLabel = "N",
      description =
          "Threads that read and validate records (default: the processors available). The output"
              + " is the same for any N.")
  void threads(int threads) {
    if (threads < 1) {
      throw new ParameterException(
          spec.commandLine(), "--threads must be at least 1, was " + threads);
    }
    this.threads = threads;
  }

  /** The builder, set to read with the chosen number of threads. */
  ProgrammeReader.Builder applyTo(ProgrammeReader.Builder builder) {
    return builder.threads(threads);
  }
}
