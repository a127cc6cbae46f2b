package org.migrationmodel.json.internal;

import com.fasterxml.jackson.core.JsonParser;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.util.Arrays;

/**
 * Passes bytes on only as far as they are UTF-8 JSON text, as {@link Utf8Check} sees it, and then
 * fails with a {@link NotUtf8Exception}. The bytes before the problem are passed on first, so that
 * the parser reads every token before it and the failure comes where the problem is. Not
 * thread-safe.
 */
final class Utf8Stream extends FilterInputStream {
  private static final byte[] NONE = {};

  private final Utf8Check check = new Utf8Check(0, 0);
  private boolean failed;
  // The bytes read from the input at and after the problem, which were not passed on.
  private byte[] withheld = NONE;

  Utf8Stream(InputStream in) {
    super(in);
  }

  @Override
  public int read() throws IOException {
    byte[] one = new byte[1];
    int count = read(one, 0, 1);
    return count < 0 ? -1 : one[0] & 0xFF;
  }

  @Override
  public int read(byte[] bytes, int offset, int length) throws IOException {
    if (failed) {
      throw check.problem();
    }
    int count = in.read(bytes, offset, length);
    if (count < 0) {
      if (!check.end()) {
        failed = true;
        throw check.problem();
      }
      return count;
    }
    int problem = check.check(bytes, offset, offset + count);
    if (problem < 0) {
      return count;
    }
    failed = true;
    withheld = Arrays.copyOfRange(bytes, problem, offset + count);
    if (problem == offset) {
      throw check.problem();
    }
    return problem - offset;
  }

  @Override
  public long skip(long count) throws IOException {
    // Skipped bytes would go unchecked.
    byte[] buffer = new byte[(int) Math.min(count, 8192)];
    int read = read(buffer, 0, buffer.length);
    return Math.max(read, 0);
  }

  /**
   * The input from where a parser reading this stream stopped: the bytes the parser read but did
   * not use, then those held back here at a problem, then the rest of the input; with the line that
   * it starts on.
   *
   * @param parser the parser, or null when none could be made
   * @throws IOException when the parser's bytes cannot be had
   */
  Rest remainder(JsonParser parser) throws IOException {
    ByteArrayOutputStream unused = new ByteArrayOutputStream();
    if (parser != null) {
      parser.releaseBuffered(unused);
    }
    byte[] released = unused.toByteArray();
    // The check has counted the line ends of every byte passed on, those the parser did not use
    // too.
    int line = check.line();
    for (byte b : released) {
      line -= b == '\n' ? 1 : 0;
    }
    unused.writeBytes(withheld);
    return new Rest(
        new SequenceInputStream(new ByteArrayInputStream(unused.toByteArray()), in), line);
  }

  /**
   * What is left of an input.
   *
   * @param bytes the bytes left, to the end of the input
   * @param line the line the first of them is on, counted from 1
   */
  record Rest(InputStream bytes, int line) {

    /**
     * Counts the lines left that hold text, reading them to the end while holding none: each line
     * after the one where reading stopped, and that line as the caller says.
     *
     * @param stopLine the line where reading stopped
     * @param stop whether that line counts
     */
    long linesWithText(int stopLine, StopLine stop) throws IOException {
      // With a limit of 0, no line is held, and whether each is blank is still known.
      LineReader lines = new LineReader(bytes, 0);
      long count = stop == StopLine.COUNTED ? 1 : 0;
      while (lines.next()) {
        int number = line + lines.lineNumber() - 1;
        if (!lines.isBlank()
            && (number > stopLine || (number == stopLine && stop == StopLine.IF_TEXT_IS_LEFT))) {
          count++;
        }
      }
      return count;
    }
  }

  /** Whether the line where reading stopped counts among the lines not read. */
  enum StopLine {
    /** It does: another value starts there, which the parser has begun. */
    COUNTED,
    /** It does when text is left on it after the problem, which may be further records. */
    IF_TEXT_IS_LEFT,
    /** It does not: what is left of it belongs to the record reported there. */
    NOT_COUNTED
  }

  @Override
  public boolean markSupported() {
    return false;
  }
}
