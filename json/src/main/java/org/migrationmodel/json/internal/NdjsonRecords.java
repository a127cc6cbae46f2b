package org.migrationmodel.json.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import java.io.IOException;
import java.io.InputStream;

/**
 * The records of an NDJSON file: one programme document per line, each read by a parser of its own,
 * so that a bad line costs only that line. Blank lines are passed over. Not thread-safe.
 */
public final class NdjsonRecords implements RecordSource {
  private final LineReader lines;
  private final JsonFactory factory;
  private final boolean lenient;
  private final ReadLimits limits;
  private final boolean notePositions;

  /**
   * Reads the lines of a stream, which the caller closes.
   *
   * @param notePositions whether to note where each value lies, for a validator's findings
   */
  public NdjsonRecords(
      InputStream in,
      JsonFactory factory,
      boolean lenient,
      ReadLimits limits,
      boolean notePositions) {
    this.lines = new LineReader(in, limits.maxDocumentLength());
    this.factory = factory;
    this.lenient = lenient;
    this.limits = limits;
    this.notePositions = notePositions;
  }

  @Override
  public Decoded next() throws IOException {
    while (lines.next()) {
      if (lines.isBlank()) {
        continue;
      }
      if (lines.tooLong()) {
        return Decoded.problem(
            Problem.LIMIT_EXCEEDED,
            "The line is longer than the limit of "
                + limits.maxDocumentLength()
                + " bytes; the reader's maxDocumentLength sets it.",
            lines.lineNumber());
      }
      Utf8Check check = new Utf8Check(lines.lineNumber() - 1);
      if (check.check(lines.bytes(), 0, lines.length()) >= 0 || !check.end()) {
        return Decoded.notUtf8(check.problem());
      }
      try (JsonParser parser = factory.createParser(lines.bytes(), 0, lines.length())) {
        return DocumentReader.read(parser, lenient, limits, lines.lineNumber() - 1, notePositions);
      }
    }
    return null;
  }

  /** Always 0: a bad line never stops the reading of the next. */
  @Override
  public int stoppedAtLine() {
    return 0;
  }

  /** Does nothing: the stream belongs to the caller. */
  @Override
  public void close() {}
}
