package org.migrationmodel.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Turns an input/output failure that no command handled (writing an output file, say) into one line
 * in plain words on standard error and exit code 2, instead of a stack trace; any other exception
 * is a defect and keeps its stack trace.
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

  // Plain words, never a Java class name.
  private static String describe(Throwable failure) {
    if (failure instanceof NoSuchFileException missing) {
      return missing.getFile() + ": no such file or directory";
    }
    if (failure instanceof AccessDeniedException denied) {
      return denied.getFile() + ": permission denied";
    }
    return failure.getMessage() == null ? "an input or output failed" : failure.getMessage();
  }
}
