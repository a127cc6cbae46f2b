package org.migrationmodel.json;

import static com.google.common.base.Preconditions.checkNotNull;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.migrationmodel.json.internal.JsonFactories;
import org.migrationmodel.json.internal.ProgrammeEncoder;
import org.migrationmodel.programme.Programme;

/**
 * Writes programmes as documents of the format that {@link ProgrammeReader} reads, one at a time or
 * in bulk, in UTF-8. Members come in a fixed order, absent values and empty lists are left out, and
 * a programme read leniently gets its unknown members back in place, so the same programme always
 * gives the same text and reading it back gives an equal programme.
 *
 * <p>Writing streams: a bulk write holds one programme at a time. Streams passed in are flushed and
 * left open. A bulk write that fails part way, such as on a null programme, leaves its JSON array
 * unfinished, so that a reader reports it rather than taking it for all the programmes. A programme
 * whose {@link Programme#unknownMembers()} cannot be placed (a key that points at no object of the
 * programme, or a value that is not JSON) is refused with a {@link
 * org.migrationmodel.MigrationModelException} before any of it is written.
 *
 * <p>Writers are immutable, thread-safe and serializable.
 */
public final class ProgrammeWriter implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final ProgrammeWriter COMPACT = new ProgrammeWriter(false);
  private static final ProgrammeWriter INDENTED = new ProgrammeWriter(true);

  /** Whether the writer indents its output. */
  private final boolean indented;

  private ProgrammeWriter(boolean indented) {
    this.indented = indented;
  }

  static ProgrammeWriter compact() {
    return COMPACT;
  }

  /**
   * A writer like this one that indents by two spaces and ends lines with {@code \n}. NDJSON stays
   * one record per line.
   *
   * @return the indenting writer, never null
   */
  public ProgrammeWriter indented() {
    return INDENTED;
  }

  /**
   * Writes one programme document.
   *
   * @param programme the programme; not null
   * @return the document, never null
   */
  public String write(Programme programme) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      write(programme, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString(StandardCharsets.UTF_8);
  }

  /**
   * Writes one programme document to a stream.
   *
   * @param programme the programme; not null
   * @param out the stream; not null
   * @throws IOException when writing fails
   */
  public void write(Programme programme, OutputStream out) throws IOException {
    checkNotNull(programme, "programme");
    try (JsonGenerator generator = JsonFactories.generator(out, indented)) {
      ProgrammeEncoder.programme(generator, programme);
    }
  }

  /**
   * Writes one programme document to a file, replacing it.
   *
   * @param programme the programme; not null
   * @param path the file; not null
   * @throws IOException when the file cannot be written
   */
  public void write(Programme programme, Path path) throws IOException {
    try (OutputStream out = Files.newOutputStream(path)) {
      write(programme, out);
    }
  }

  /**
   * Writes programmes as a JSON array or as NDJSON.
   *
   * @param programmes the programmes; not null, none null
   * @param format how to put them together; not null
   * @return the text, never null
   */
  public String writeAll(Iterable<? extends Programme> programmes, BulkFormat format) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      writeAll(programmes, format, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString(StandardCharsets.UTF_8);
  }

  /**
   * Writes programmes to a stream as a JSON array, or as NDJSON with each line ended by {@code \n}.
   * The programmes are taken one at a time, so a lazy iterable is written in constant memory.
   *
   * @param programmes the programmes; not null, none null
   * @param format how to put them together; not null
   * @param out the stream; not null
   * @throws IOException when writing fails
   */
  public void writeAll(
      Iterable<? extends Programme> programmes, BulkFormat format, OutputStream out)
      throws IOException {
    checkNotNull(programmes, "programmes");
    checkNotNull(format, "format");
    boolean array = format == BulkFormat.JSON_ARRAY;
    try (JsonGenerator generator = JsonFactories.generator(out, indented && array)) {
      // Records are separated by the line ends written below, not by Jackson's default space.
      generator.setRootValueSeparator(null);
      if (array) {
        generator.writeStartArray();
      }
      for (Programme programme : programmes) {
        ProgrammeEncoder.programme(generator, checkNotNull(programme, "programme"));
        if (!array) {
          generator.writeRaw('\n');
        }
      }
      if (array) {
        generator.writeEndArray();
      }
    }
  }

  /**
   * Writes programmes to a file, replacing it, as {@link #writeAll(Iterable, BulkFormat,
   * OutputStream)} does.
   *
   * @param programmes the programmes; not null, none null
   * @param format how to put them together; not null
   * @param path the file; not null
   * @throws IOException when the file cannot be written
   */
  public void writeAll(Iterable<? extends Programme> programmes, BulkFormat format, Path path)
      throws IOException {
    try (OutputStream out = Files.newOutputStream(path)) {
      writeAll(programmes, format, out);
    }
  }

  /**
   * Keeps the two shared writers shared after deserialization.
   *
   * @return the shared writer of the same layout
   */
  private Object readResolve() {
    return indented ? INDENTED : COMPACT;
  }
}
