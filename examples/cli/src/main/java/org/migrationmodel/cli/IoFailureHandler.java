package org.migrationmodel.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Turns an input/output failure into one line on standard error and exit code 2, instead of a stack
 * trace; any other exception is a defect and keeps its stack trace.
 */
final class IoFailureHandler implements IExecutionExceptionHandler {
  @Override
  public int handleExecutionException(
      Exception exception, CommandLine commandLine, ParseResult parseResult) throws Exception {
    if (exception instanceof IOException || exception instanceof UncheckedIOException) {
      Throwable cause =
          exception instanceof UncheckedIOException ? exception.getCause() : exception;
      commandLine.getErr().println("migration-model: " + describe(cause));
      return MigrationModelCli.EXIT_USAGE_OR_IO;
    }
    throw exception;
  }

  private static String describe(Throwable failure) {
    String kind = failure.getClass().getSimpleName();
    return failure.getMessage() == null ? kind : kind + ": " + failure.getMessage();
  }
}
