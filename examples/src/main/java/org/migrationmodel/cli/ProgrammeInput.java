package org.migrationmodel.cli;

import java.io.BufferedInputStream;
import java.io.Closeable;
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
 * One input named on the command line, a file or {@code -} for standard input, read record by
 * record whatever its layout, so that even a huge export is held one programme at a time.
 */
final class ProgrammeInput implements Closeable {
  static final String STANDARD_INPUT = "-";

  private final String name;
  private final InputStream in;
  private final Iterator<ReadResult> records;

  private ProgrammeInput(String name, InputStream in, Iterator<ReadResult> records) {
    this.name = name;
    this.in = in;
    this.records = records;
  }

  /**
   * Opens an input and reads it with a reader.
   *
   * @throws IOException when the input cannot be opened or its start cannot be read; a missing file
   *     or a directory is reported with a plain message
   */
  static ProgrammeInput open(String name, InputStream standardInput, ProgrammeReader reader)
      throws IOException {
    BufferedInputStream in = new BufferedInputStream(openStream(name, standardInput));
    try {
      Optional<BulkFormat> layout = InputLayout.detect(in);
      Iterator<ReadResult> records =
          layout.isPresent()
              ? reader.records(in, layout.get())
              : List.of(reader.read(in)).iterator();
      return new ProgrammeInput(name, in, records);
    } catch (IOException | RuntimeException e) {
      in.close();
      throw e;
    }
  }

  private static InputStream openStream(String name, InputStream standardInput) throws IOException {
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

  /** The name the input was given on the command line. */
  String name() {
    return name;
  }

  /** The records, each read (and validated, if the reader validates) when it is reached. */
  Iterator<ReadResult> records() {
    return records;
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
