package org.migrationmodel.cli;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.util.Optional;
import org.migrationmodel.json.BulkFormat;

/**
 * Tells how programmes are laid out in an input by looking at its start: a JSON array, NDJSON (the
 * first line holds a whole JSON value), or one programme document. Anything else, such as an empty
 * or binary input, is read as one document so that the reader reports what is wrong with it.
 */
public final class InputLayout {
  // How far to look for the end of the first line; a record may be as long as a document.
  private static final int MAX_LOOK_AHEAD = 16 * 1024 * 1024 + 1;
  private static final int[] BYTE_ORDER_MARK = {0xEF, 0xBB, 0xBF};

  private InputLayout() {}

  /**
   * The bulk format of an input, or empty for a single document. The stream is reset to where it
   * was.
   *
   * @param in the input, which must support mark and reset; not null
   * @return the bulk format, or empty for one programme document
   * @throws IOException when the input cannot be read
   */
  public static Optional<BulkFormat> detect(BufferedInputStream in) throws IOException {
    in.mark(MAX_LOOK_AHEAD);
    try {
      int first = firstSignificantByte(in);
      if (first == '[') {
        return Optional.of(BulkFormat.JSON_ARRAY);
      }
      if (first == '{' && firstLineClosesItsObject(in)) {
        return Optional.of(BulkFormat.NDJSON);
      }
      return Optional.empty();
    } finally {
      in.reset();
    }
  }

  // Passes over white space and a UTF-8 byte-order mark, which the reader itself deals with.
  private static int firstSignificantByte(BufferedInputStream in) throws IOException {
    int next = in.read();
    for (int i = 0; i < BYTE_ORDER_MARK.length && next == BYTE_ORDER_MARK[i]; i++) {
      next = in.read();
    }
    while (next == ' ' || next == '\t' || next == '\r' || next == '\n') {
      next = in.read();
    }
    return next;
  }

  // Called just after the opening brace: true when the braces balance before the line ends.
  private static boolean firstLineClosesItsObject(BufferedInputStream in) throws IOException {
    int depth = 1;
    boolean inString = false;
    boolean escaped = false;
    for (int read = 1; read < MAX_LOOK_AHEAD; read++) {
      int next = in.read();
      if (next == -1 || next == '\n') {
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
}
