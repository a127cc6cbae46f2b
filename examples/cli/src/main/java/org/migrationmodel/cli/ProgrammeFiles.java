package org.migrationmodel.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.migrationmodel.json.BulkSummary;
import org.migrationmodel.json.ProgrammeReader;
import org.migrationmodel.json.ReadResult;
import org.migrationmodel.json.RecordStream;
import org.migrationmodel.report.InputProblem;

/**
 * The inputs named on the command line, files or {@code -} for standard input, read record by
 * record whatever their layout, so that even a huge export is held one programme at a time. An
 * input that cannot be read, or not to its end, is reported and the next one is read.
 */
final class ProgrammeFiles {
  /** The name that stands for standard input on the command line. */
  static final String STANDARD_INPUT = "-";

  /** How standard input is named in the output. */
  static final String STANDARD_INPUT_LABEL = "<stdin>";

  /** Receives each record of each input, in order, and each input that could not be read whole. */
  interface InputHandler {
    void record(String input, ReadResult record) throws IOException;

    void problem(InputProblem problem) throws IOException;
  }

  /** Carries a failure of the handler (writing the output) past the catch of reading failures. */
  private static final class HandlerFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;

    HandlerFailure(IOException cause) {
      super(cause);
    }

    @Override
    public synchronized IOException getCause() {
      return (IOException) super.getCause();
    }
  }

  /** A directory named where a file of programmes belongs. */
  private static final class DirectoryGiven extends IOException {
    private static final long serialVersionUID = 1L;
  }

  private ProgrammeFiles() {}

  /**
   * Reads every input in turn with a reader and hands each record to the handler; an input that
   * cannot be opened or read, or whose reading stops before its end, goes to the handler as a
   * problem, and reading goes on with the next input.
   *
   * @throws IOException only when the handler throws it (writing the output failed)
   */
  static void read(
      List<String> names, InputStream standardInput, ProgrammeReader reader, InputHandler handler)
      throws IOException {
    for (String name : names) {
      String label = name.equals(STANDARD_INPUT) ? STANDARD_INPUT_LABEL : name;
      Optional<InputProblem> problem;
      try (InputStream in = open(name, standardInput)) {
        problem = records(label, in, reader, handler);
      } catch (HandlerFailure failure) {
        throw failure.getCause();
      } catch (IOException | UncheckedIOException e) {
        problem = Optional.of(InputProblem.unreadable(label, describe(e)));
      }
      if (problem.isPresent()) {
        handler.problem(problem.get());
      }
    }
  }

  // Hands each record on; returns the problem when reading stopped before the input's end. The
  // reader tells a JSON array, NDJSON and one document apart by itself, without a bounded mark.
  private static Optional<InputProblem> records(
      String label, InputStream in, ProgrammeReader reader, InputHandler handler)
      throws IOException {
    try (RecordStream records = reader.records(in)) {
      for (ReadResult record : records) {
        accept(handler, label, record);
      }
      BulkSummary summary = records.summary();
      if (summary.complete() || summary.stoppedAtLine().isEmpty()) {
        return Optional.empty();
      }
      return Optional.of(InputProblem.stoppedEarly(label, summary.stoppedAtLine().getAsInt()));
    }
  }

  private static void accept(InputHandler handler, String label, ReadResult record) {
    try {
      handler.record(label, record);
    } catch (IOException e) {
      throw new HandlerFailure(e);
    }
  }

  /**
   * Opens an input: standard input for {@code -}, else the named file.
   *
   * @throws IOException when the file is missing, is a directory or cannot be read
   */
  static InputStream open(String name, InputStream standardInput) throws IOException {
    if (name.equals(STANDARD_INPUT)) {
      return standardInput;
    }
    Path path = Path.of(name);
    if (Files.isDirectory(path)) {
      throw new DirectoryGiven();
    }
    return Files.newInputStream(path);
  }

  // Plain words for a reading failure, never a Java class name.
  private static String describe(Exception failure) {
    Throwable cause = failure instanceof UncheckedIOException ? failure.getCause() : failure;
    if (cause instanceof NoSuchFileException) {
      return "no such file";
    }
    if (cause instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (cause instanceof DirectoryGiven) {
      return "is a directory, not a file of programmes";
    }
    String message = cause.getMessage();
    return message == null || message.isBlank()
        ? "could not be read"
        : "could not be read (" + message + ")";
  }
}
