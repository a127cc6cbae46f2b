package org.migrationmodel.json.internal;

import com.fasterxml.jackson.core.JsonParser;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.util.Arrays;

/**
 * The records of an input whose layout it tells from the input itself, whatever its first record
 * holds:
 *
 * <ol>
 *   <li>a JSON array when the first character is {@code [};
 *   <li>NDJSON when the first line holds a whole object;
 *   <li>otherwise one document; but when that document breaks off (malformed JSON, bytes that are
 *       not UTF-8, a limit) and a later line starts with <code>{</code> in its first column, NDJSON
 *       whose first line is broken, read again from the start as lines.
 * </ol>
 *
 * <p>A single document is held while it is read, up to the record limit, so that it can be read
 * again as lines; beyond the limit nothing is held. When a document or an array stops at a problem
 * with text after it, the lines of that text are counted as not read. White space before the first
 * character is counted, not kept, and given back to the reader as the same number of line ends and
 * spaces, so that lines and columns stay those of the input however much there is. Not thread-safe.
 *
 * @param <T> what a record is read as
 */
public final class DetectedRecords<T> implements RecordSource<T> {
  private static final int[] BYTE_ORDER_MARK = {0xEF, 0xBB, 0xBF};
  // Bytes a parser may read beyond a document that is as long as the limit.
  private static final int READ_AHEAD = 1 << 16;

  private final InputStream in;
  private final RecordReading<T> reading;
  private RecordSource<T> records;

  /** Reads the records of a stream, which the caller closes. */
  public DetectedRecords(InputStream in, RecordReading<T> reading) {
    this.in = in;
    this.reading = reading;
  }

  @Override
  public PendingRecord<T> next() throws IOException {
    if (records == null) {
      records = detect();
    }
    return records.next();
  }

  @Override
  public int stoppedAtLine() {
    return records == null ? 0 : records.stoppedAtLine();
  }

  @Override
  public long linesNotRead() {
    return records == null ? 0 : records.linesNotRead();
  }

  @Override
  public void close() throws IOException {
    if (records != null) {
      records.close();
    }
  }

  private RecordSource<T> detect() throws IOException {
    Lookahead ahead = new Lookahead(in);
    int first = ahead.firstSignificantByte();
    if (first == '[') {
      return new ArrayRecords<>(ahead.replay(), reading);
    }
    if (first == '{' && ahead.firstLineClosesItsObject(reading.limits().maxDocumentLength())) {
      return new NdjsonRecords<>(ahead.replay(), reading);
    }
    return new DocumentOrLines(ahead);
  }

  /**
   * One document, as one record; or the lines of NDJSON, when the document breaks off and a later
   * line starts an object.
   */
  private final class DocumentOrLines implements RecordSource<T> {
    private final Lookahead ahead;
    private RecordSource<T> lines;
    private boolean read;
    private int stoppedAtLine;
    private long linesNotRead;

    DocumentOrLines(Lookahead ahead) {
      this.ahead = ahead;
    }

    @Override
    public PendingRecord<T> next() throws IOException {
      if (lines != null) {
        return lines.next();
      }
      if (read) {
        return null;
      }
      read = true;
      return readDocument();
    }

    private PendingRecord<T> readDocument() throws IOException {
      HeldInput held =
          new HeldInput(ahead.rest(), reading.limits().maxDocumentLength() + READ_AHEAD);
      Utf8Stream document = new Utf8Stream(new SequenceInputStream(ahead.whiteSpace(), held));
      JsonParser parser = null;
      try {
        Decoded<T> decoded;
        Ending ending;
        try {
          // Jackson reads the first bytes here, to tell the encoding.
          parser = reading.factory().createParser(document);
          TokenCursor cursor = reading.cursor(parser, 0, 0);
          decoded = DocumentReader.read(cursor, reading);
          ending = cursor.ending();
        } catch (NotUtf8Exception e) {
          decoded = Decoded.notUtf8(e);
          ending = Ending.BROKEN_OFF;
        }
        if (ending == Ending.BROKEN_OFF && held.laterLineStartsAnObject()) {
          lines =
              new NdjsonRecords<>(
                  new SequenceInputStream(ahead.whiteSpace(), held.replay()), reading);
          return lines.next();
        }
        held.release();
        // The rest of the line where reading stopped is the document's, which its record reports;
        // but what follows a whole document starts on that line.
        int stopLine = lastLine(decoded);
        linesNotRead =
            document
                .remainder(parser)
                .linesWithText(
                    stopLine,
                    ending == Ending.FOLLOWED
                        ? Utf8Stream.StopLine.COUNTED
                        : Utf8Stream.StopLine.NOT_COUNTED);
        stoppedAtLine = linesNotRead > 0 ? stopLine : 0;
        return PendingRecord.decoded(decoded);
      } finally {
        if (parser != null) {
          parser.close();
        }
      }
    }

    private static int lastLine(Decoded<?> decoded) {
      return decoded.findings().isEmpty()
          ? decoded.line()
          : decoded.findings().get(decoded.findings().size() - 1).line().orElse(decoded.line());
    }

    @Override
    public int stoppedAtLine() {
      return lines != null ? lines.stoppedAtLine() : stoppedAtLine;
    }

    @Override
    public long linesNotRead() {
      return lines != null ? lines.linesNotRead() : linesNotRead;
    }

    @Override
    public void close() {}
  }

  /**
   * Reads the start of an input, and gives the input back as it was, for reading from the start.
   */
  private static final class Lookahead {
    private final InputStream in;
    // Read ahead in chunks: a byte at a time from a file is a system call each.
    private final byte[] chunk = new byte[1 << 16];
    private int position;
    private int limit;
    private long lineEnds;
    private long spaces;
    private boolean carriageReturn;
    private byte[] held = new byte[256];
    private int heldLength;

    Lookahead(InputStream in) {
      this.in = in;
    }

    /**
     * Passes over a UTF-8 byte-order mark (which the readers would pass over too) and white space;
     * returns the next byte, or -1 at the end of the input.
     */
    int firstSignificantByte() throws IOException {
      int next = read();
      for (int i = 0; i < BYTE_ORDER_MARK.length && next == BYTE_ORDER_MARK[i]; i++) {
        hold(next);
        next = read();
      }
      if (heldLength == BYTE_ORDER_MARK.length) {
        heldLength = 0;
      } else if (heldLength > 0) {
        // The start of a mark, but not a whole one: the reader must see these bytes.
        if (next >= 0) {
          hold(next);
        }
        return held[0] & 0xFF;
      }
      while (next == ' ' || next == '\t' || next == '\r' || next == '\n') {
        whiteSpace(next);
        next = read();
      }
      if (next >= 0) {
        hold(next);
      }
      return next;
    }

    // Counts line ends as Jackson does: \n, \r\n and a lone \r each end a line.
    private void whiteSpace(int b) {
      if (b == '\n') {
        if (!carriageReturn) {
          lineEnds++;
        }
        spaces = 0;
      } else if (b == '\r') {
        lineEnds++;
        spaces = 0;
      } else {
        spaces++;
      }
      carriageReturn = b == '\r';
    }

    /**
     * Reads on to the end of the first line, just after an opening brace; true when the braces
     * balance before it ends.
     */
    boolean firstLineClosesItsObject(long maxLength) throws IOException {
      int depth = 1;
      boolean inString = false;
      boolean escaped = false;
      while (heldLength <= maxLength) {
        int next = read();
        if (next == -1) {
          return false;
        }
        hold(next);
        if (next == '\n') {
          return false;
        }
        if (inString) {
          if (escaped) {
            escaped = false;
          } else if (next == '\\') {
            escaped = true;
          } else if (next == '"') {
            inString = false;
          }
        } else if (next == '"') {
          inString = true;
        } else if (next == '{' || next == '[') {
          depth++;
        } else if ((next == '}' || next == ']') && --depth == 0) {
          return true;
        }
      }
      return false;
    }

    private int read() throws IOException {
      if (position == limit) {
        limit = Math.max(0, in.read(chunk));
        position = 0;
        if (limit == 0) {
          return -1;
        }
      }
      return chunk[position++] & 0xFF;
    }

    private void hold(int b) {
      if (heldLength == held.length) {
        held = Arrays.copyOf(held, held.length * 2);
      }
      held[heldLength++] = (byte) b;
    }

    /** The input from its start, with its leading white space as line ends and spaces. */
    InputStream replay() {
      return new SequenceInputStream(whiteSpace(), rest());
    }

    /** The leading white space, as the same number of line ends and then spaces. */
    InputStream whiteSpace() {
      return new SequenceInputStream(
          new RepeatedBytes('\n', lineEnds), new RepeatedBytes(' ', spaces));
    }

    /** The input from its first character on, which is read once. */
    InputStream rest() {
      return new SequenceInputStream(
          new ByteArrayInputStream(held, 0, heldLength),
          new SequenceInputStream(new ByteArrayInputStream(chunk, position, limit - position), in));
    }
  }
}
