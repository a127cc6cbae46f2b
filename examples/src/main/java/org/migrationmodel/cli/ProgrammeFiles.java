package org.migrationmodel.cli;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import org.migrationmodel.json.BulkFormat;
import org.migrationmodel.json.ProgrammeReader;
import org.migrationmodel.json.ReadResult;

/**
 * The inputs named on the command line, files or {@code -} for standard input, read record by
 * record whatever their layout, so that even a huge export is held one programme at a time.
 */
public final class ProgrammeFiles {
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
      try (BufferedInputStream in = new BufferedInputStream(open(name, standardInput))) {
        Iterator<ReadResult> records = records(in, reader);
        while (records.hasNext()) {
          handler.accept(name, records.next());
        }
      }
    }
  }

  /**
   * The records of one input, laid out as one programme document, a JSON array or NDJSON, which its
   * first bytes tell.
   *
   * @param in the input; not null
   * @param reader the reader that reads and validates each record; not null
   * @return the records, read as they are asked for
   * @throws IOException when the input cannot be read
   */
  public static Iterator<ReadResult> records(BufferedInputStream in, ProgrammeReader reader)
      throws IOException {
    Optional<BulkFormat> layout = InputLayout.detect(in);
    return layout.isPresent()
        ? reader.records(in, layout.get())
        : List.of(reader.read(in)).iterator();
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
