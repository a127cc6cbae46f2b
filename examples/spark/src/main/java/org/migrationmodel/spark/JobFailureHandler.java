package org.migrationmodel.spark;

import org.apache.spark.sql.AnalysisException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Keeps a failed job apart from a run that found errors (exit status 1): a path Spark cannot use,
 * such as a missing input or an output directory that exists, is one line on standard error and
 * status 2; any other failure keeps its stack trace and gives status 3.
 */
final class JobFailureHandler implements IExecutionExceptionHandler {
  @Override
  public int handleExecutionException(
      Exception exception, CommandLine commandLine, ParseResult parseResult) {
    if (exception instanceof AnalysisException) {
      commandLine.getErr().println("migration-model-spark: " + exception.getMessage());
      return ValidateJob.EXIT_USAGE_OR_IO;
    }
    exception.printStackTrace(commandLine.getErr());
    return ValidateJob.EXIT_FAILED;
  }
}
