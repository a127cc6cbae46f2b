package org.migrationmodel.json.internal;

import com.fasterxml.jackson.core.JsonFactory;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.util.Arrays;

/**
 * The records of an input whose layout it tells from the input itself: a JSON array (the first
 * character is {@code [}), NDJSON (the first line holds a whole object), or else one document,
 * which the reader then reports on if it is no programme. It looks ahead without a mark: white
 * space before the first character is counted, not kept, and given back to the reader as the same
 * number of line ends and spaces, so that lines and columns stay those of the input however much
 * there is; only the first line is held, as far as one record may go. Not thread-safe.
 */
public final class DetectedRecords implements RecordSource {
  private static final int[] BYTE_ORDER_MARK = {0xEF, 0xBB, 0xBF};

  private final InputStream in;
  private final JsonFactory factory;
  private final boolean lenient;
  private final ReadLimits limits;
  private final boolean notePositions;
  private RecordSource records;

  /**
   * Reads the records of a stream, which the caller closes.
   *
   * @param notePositions whether to note where each value lies, for a validator's findings
   */
  public DetectedRecords(
      InputStream in,
      JsonFactory factory,
      boolean lenient,
      ReadLimits limits,
      boolean notePositions) {
    this.in = in;
    this.factory = factory;
    this.lenient = lenient;
    this.limits = limits;
    this.notePositions = notePositions;
  }

  @Override
  public Decoded next() throws IOException {
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
  public void close() throws IOException {
    if (records != null) {
      records.close();
    }
  }

  private RecordSource detect() throws IOException {
    Lookahead ahead = new Lookahead(in);
    int first = ahead.firstSignificantByte();
    if (first == '[') {
      return new ArrayRecords(factory, ahead.replay(), lenient, limits, notePositions);
    }
    if (first == '{' && ahead.firstLineClosesItsObject(limits.maxDocumentLength())) {
      return new NdjsonRecords(ahead.replay(), factory, lenient, limits, notePositions);
    }
    return new SingleDocument(ahead.replay());
  }

  /** One document, as one record. */
  private final class SingleDocument implements RecordSource {
    private final InputStream document;
    private boolean read;

    SingleDocument(InputStream document) {
      this.document = document;
    }

    @Override
    public Decoded next() throws IOException {
      if (read) {
        return null;
      }
      read = true;
      return DocumentReader.read(factory, document, lenient, limits, notePositions);
    }

    @Override
    public int stoppedAtLine() {
      return 0;
    }

    @Override
    public void close() {}
  }

  /**
   * Reads the start of an input, and gives the input back as it was, for reading from the start.
   */
  private static final class Lookahead {
    private final InputStream in;
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
      int next = in.read();
      for (int i = 0; i < BYTE_ORDER_MARK.length && next == BYTE_ORDER_MARK[i]; i++) {
        hold(next);
        next = in.read();
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
        next = in.read();
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
        int next = in.read();
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

    private void hold(int b) {
      if (heldLength == held.length) {
        held = Arrays.copyOf(held, held.length * 2);
      }
      held[heldLength++] = (byte) b;
    }

    /** The input from its start, with its leading white space as line ends and spaces. */
    InputStream replay() {
      InputStream start =
          new SequenceInputStream(
              new RepeatedBytes('\n', lineEnds),
              new SequenceInputStream(
                  new RepeatedBytes(' ', spaces), new ByteArrayInputStream(held, 0, heldLength)));
      return new SequenceInputStream(start, in);
    }
  }
}
