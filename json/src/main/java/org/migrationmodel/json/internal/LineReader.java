package org.migrationmodel.json.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Splits a byte stream into lines at {@code \n}, holding at most one line, less its leading spaces
 * and tabs, of at most a given length in memory; a longer line is passed over and flagged, unless
 * it is blank. Not thread-safe.
 */
final class LineReader {
  private static final long LINE_ENDS = ByteWords.repeated('\n');

  private final InputStream in;
  private final int maxLength;
  private final byte[] chunk = new byte[1 << 16];
  private int position;
  private int limit;
  private boolean endOfInput;
  private byte[] line = new byte[1 << 10];
  private int length;
  private boolean tooLong;
  private boolean blank;
  private long indent;
  private int lineNumber;

  /** A reader of lines of at most a length; with 0, no line is held, but blanks are known. */
  LineReader(InputStream in, long maxLength) {
    this.in = in;
    // Arrays cannot be longer; the reader's default is far below it.
    this.maxLength = (int) Math.min(maxLength, Integer.MAX_VALUE - 8);
  }

  /** Moves to the next line; returns false at the end of the input. */
  boolean next() throws IOException {
    if (endOfInput) {
      return false;
    }
    length = 0;
    tooLong = false;
    blank = true;
    indent = 0;
    lineNumber++;
    boolean any = false;
    while (true) {
      if (position == limit) {
        limit = Math.max(0, in.read(chunk));
        position = 0;
        if (limit == 0) {
          endOfInput = true;
          return any;
        }
      }
      any = true;
      int start = position;
      while (position <= limit - ByteWords.SIZE
          && !ByteWords.hasByte(ByteWords.word(chunk, position), LINE_ENDS)) {
        position += ByteWords.SIZE;
      }
      while (position < limit && chunk[position] != '\n') {
        position++;
      }
      append(start, position - start);
      if (position < limit) {
        position++;
        return true;
      }
    }
  }

  private void append(int start, int count) {
    int from = start;
    int end = start + count;
    if (length == 0 && !tooLong) {
      // Leading spaces and tabs are counted, not held: white space of any length is no record.
      while (from < end && (chunk[from] == ' ' || chunk[from] == '\t')) {
        from++;
      }
      indent += from - start;
    }
    for (int i = from; blank && i < end; i++) {
      byte b = chunk[i];
      blank = b == ' ' || b == '\t' || b == '\r';
    }
    int kept = end - from;
    if (tooLong) {
      return;
    }
    if ((long) length + kept > maxLength) {
      tooLong = true;
      return;
    }
    if (length + kept > line.length) {
      line = Arrays.copyOf(line, Math.max(length + kept, Math.min(maxLength, line.length * 2)));
    }
    System.arraycopy(chunk, from, line, length, kept);
    length += kept;
  }

  /**
   * The current line's bytes, from 0 to {@link #length()}, without its leading spaces and tabs and
   * without the {@code \n}.
   */
  byte[] bytes() {
    return line;
  }

  int length() {
    return length;
  }

  /** How many spaces and tabs before the current line's first other byte were passed over. */
  long indent() {
    return indent;
  }

  /** Whether the current line was longer than the limit; its bytes are then not held. */
  boolean tooLong() {
    return tooLong;
  }

  /** The current line's number, counted from 1. */
  int lineNumber() {
    return lineNumber;
  }

  /**
   * Whether the current line holds nothing but spaces, tabs and carriage returns, however long it
   * is.
   */
  boolean isBlank() {
    return blank;
  }
}
