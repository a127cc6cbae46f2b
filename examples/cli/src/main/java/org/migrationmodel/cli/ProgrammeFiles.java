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
import java.util.function.Function;
import org.migrationmodel.json.JsonRecord;
import org.migrationmodel.json.ProgrammeReader;
import org.migrationmodel.json.ReadResult;
import org.migrationmodel.json.RecordStream;
import org.migrationmodel.report.InputProblem;

/**
 * The inputs named on the command line, files or {@code -} for standard input, read record by
 * record through the library, which tells each input's layout (from a file's name, else from its
 * content) and accounts for every line; so even a huge export is held one record at a time, and
 * every command reads its inputs the same way. An input that cannot be read, or not to its end, is
 * reported and the next one is read.
 */
final class ProgrammeFiles {
  /** The name that stands for standard input on the command line. */
  static final String STANDARD_INPUT = "-";

  /** How standard input is named in the output. */
  static final String STANDARD_INPUT_LABEL = "<stdin>";

  /**
   * Receives each record of each input, in order, and each input that could not be read whole.
   *
   * @param <R> what a record is read as
   */
  interface Handler<R> {
    void record(String input, R record) throws IOException;

    void problem(InputProblem problem) throws IOException;
  }

  /** Receives each programme record, and each input that could not be read whole. */
  interface InputHandler extends Handler<ReadResult> {}

  /** Opens the records of a file. */
  private interface FileRecords<R> {
    RecordStream<R> open(Path path) throws IOException;
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
   * Reads the programmes of every input in turn with a reader and hands each record to the handler;
   * an input that cannot be opened or read, or whose reading stops before its end, goes to the
   * handler as a problem, and reading goes on with the next input.
   *
   * @throws IOException only when the handler throws it (writing the output failed)
   */
  static void read(
      List<String> names, InputStream standardInput, ProgrammeReader reader, InputHandler handler)
      throws IOException {
    read(names, standardInput, reader::records, reader::records, handler);
  }

  /**
   * Reads the records of every input as JSON trees, for records that are not whole programmes (such
   * as texts to classify), split and accounted for as {@link #read} does programmes.
   *
   * @throws IOException only when the handler throws it (writing the output failed)
   */
  static void readTrees(
      List<String> names,
      InputStream standardInput,
      ProgrammeReader reader,
      Handler<JsonRecord> handler)
      throws IOException {
    read(names, standardInput, reader::jsonRecords, reader::jsonRecords, handler);
  }

  private static <R> void read(
      List<String> names,
      InputStream standardInput,
      FileRecords<R> files,
      Function<InputStream, RecordStream<R>> streams,
      Handler<R> handler)
      throws IOException {
    for (String name : names) {
      String label = name.equals(STANDARD_INPUT) ? STANDARD_INPUT_LABEL : name;
      Optional<InputProblem> problem;
      try (RecordStream<R> records =
          name.equals(STANDARD_INPUT) ? streams.apply(standardInput) : files.open(file(name))) {
        for (R record : records) {
          accept(handler, label, record);
        }
        problem = InputProblem.of(label, records.summary());
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

  private static <R> void accept(Handler<R> handler, String label, R record) {
    try {
      handler.record(label, record);
    } catch (IOException e) {
      throw new HandlerFailure(e);
    }
  }

  /** The named file, which must not be a directory. */
  private static Path file(String name) throws IOException {
    Path path = Path.of(name);
    if (Files.isDirectory(path)) {
      throw new DirectoryGiven();
    }
    return path;
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
