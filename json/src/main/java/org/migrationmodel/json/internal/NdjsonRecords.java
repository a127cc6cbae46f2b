package org.migrationmodel.json.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * The records of an NDJSON file: one document per line, each read by a parser of its own, so that a
 * bad line costs only that line. Blank lines are passed over. Not thread-safe.
 *
 * @param <T> what a record is read as
 */
public final class NdjsonRecords<T> implements RecordSource<T> {
  private final LineReader lines;
  private final RecordReading<T> reading;

  /** Reads the lines of a stream, which the caller closes. */
  public NdjsonRecords(InputStream in, RecordReading<T> reading) {
    this.lines = new LineReader(in, reading.limits().maxDocumentLength());
    this.reading = reading;
  }

  @Override
  public PendingRecord<T> next() throws IOException {
    while (lines.next()) {
      if (lines.isBlank()) {
        continue;
      }
      if (lines.tooLong()) {
        return PendingRecord.decoded(
            Decoded.problem(
                Problem.LIMIT_EXCEEDED,
                "The line is longer than the limit of "
                    + reading.limits().maxDocumentLength()
                    + " bytes; the reader's maxDocumentLength sets it.",
                lines.lineNumber()));
      }
      return new Line<>(lines.bytes(), lines.length(), lines.lineNumber(), lines.indent(), reading);
    }
    return null;
  }

  /**
   * A line that holds a record, less its leading white space; decoded by a parser of its own.
   *
   * @param bytes holds the line from index 0; the line reader's own buffer until detached
   * @param length the line's length in bytes
   * @param number the line's number, from 1
   * @param indent how many spaces and tabs before it were passed over
   */
  private record Line<T>(
      byte[] bytes, int length, int number, long indent, RecordReading<T> reading)
      implements PendingRecord<T> {

    @Override
    public Decoded<T> decode() {
      Utf8Check check = new Utf8Check(number - 1, indent);
      if (check.check(bytes, 0, length) >= 0 || !check.end()) {
        return Decoded.notUtf8(check.problem());
      }
      return DocumentReader.inMemory(bytes, length, number - 1, indent, reading);
    }

    @Override
    public PendingRecord<T> detached() {
      return new Line<>(Arrays.copyOf(bytes, length), length, number, indent, reading);
    }

    @Override
    public int heldBytes() {
      return length;
    }
  }

  /** Always 0: a bad line never stops the reading of the next. */
  @Override
  public int stoppedAtLine() {
    return 0;
  }

  /** Always 0: every line is read. */
  @Override
  public long linesNotRead() {
    return 0;
  }

  /** Does nothing: the stream belongs to the caller. */
  @Override
  public void close() {}
}
