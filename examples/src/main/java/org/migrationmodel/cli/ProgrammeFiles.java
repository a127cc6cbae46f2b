package org.migrationmodel.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import org.migrationmodel.json.ProgrammeReader;
import org.migrationmodel.json.ReadResult;
import org.migrationmodel.json.RecordStream;

/**
 * The inputs named on the command line, files or {@code -} for standard input, read record by
 * record whatever their layout, so that even a huge export is held one programme at a time.
 */
final class ProgrammeFiles {
  static final String STANDARD_INPUT = "-";

  /** Receives each record of each input, in order. */
  interface RecordHandler {
    void accept(String input, ReadResult record) throws IOException;
  }

  private ProgrammeFiles() {}

  /**
   * Reads every input in turn with a reader and hands each record to the handler.
   *
   * @throws IOException when an input cannot be opened or read; a missing file or a directory is
   *     reported with a plain message
   */
  static void read(
      List<String> names, InputStream standardInput, ProgrammeReader reader, RecordHandler handler)
      throws IOException {
    for (String name : names) {
      // The reader tells a JSON array, NDJSON and a single document apart by itself.
      try (InputStream in = open(name, standardInput);
          RecordStream records = reader.records(in)) {
        while (records.hasNext()) {
          handler.accept(name, records.next());
        }
      }
    }
  }

  private static InputStream open(String name, InputStream standardInput) throws IOException {
    if (name.equals(STANDARD_INPUT)) {
      return standardInput;
    }
    Path path = Path.of(name);
    if (Files.isDirectory(path)) {
      throw new IOException(name + " is a directory, not a file of programmes");
    }
    if (!Files.exists(path)) {
      throw new NoSuchFileException(name, null, "no such file");
    }
    return Files.newInputStream(path);
  }
}
