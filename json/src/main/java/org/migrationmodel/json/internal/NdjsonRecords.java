package org.migrationmodel.json.internal;

import com.fasterxml.jackson.core.JsonParser;
import java.io.IOException;
import java.io.InputStream;

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
  public Decoded<T> next() throws IOException {
    while (lines.next()) {
      if (lines.isBlank()) {
        continue;
      }
      if (lines.tooLong()) {
        return Decoded.problem(
            Problem.LIMIT_EXCEEDED,
            "The line is longer than the limit of "
                + reading.limits().maxDocumentLength()
                + " bytes; the reader's maxDocumentLength sets it.",
            lines.lineNumber());
      }
      Utf8Check check = new Utf8Check(lines.lineNumber() - 1, lines.indent());
      if (check.check(lines.bytes(), 0, lines.length()) >= 0 || !check.end()) {
        return Decoded.notUtf8(check.problem());
      }
      try (JsonParser parser = reading.factory().createParser(lines.bytes(), 0, lines.length())) {
        // Columns are ints; an indent beyond them would be a line far beyond any limit's reach.
        int indent = (int) Math.min(lines.indent(), Integer.MAX_VALUE / 2);
        return DocumentReader.read(reading.cursor(parser, lines.lineNumber() - 1, indent), reading);
      }
    }
    return null;
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
