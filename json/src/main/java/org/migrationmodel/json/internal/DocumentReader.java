package org.migrationmodel.json.internal;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.google.common.collect.ImmutableList;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;

/**
 * Reads one whole document from a parser: one value, as a programme or a tree, and nothing after
 * it. Used for a single document and for each line of an NDJSON file.
 */
public final class DocumentReader {
  private DocumentReader() {}

  /**
   * Reads a document from text, as its UTF-8 form is read; a character that no UTF-8 form has (an
   * unpaired surrogate) is reported.
   */
  public static <T> Decoded<T> read(String text, RecordReading<T> reading) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c)
          && i + 1 < text.length()
          && Character.isLowSurrogate(text.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        return Decoded.notUtf8(unpaired(text, i));
      }
    }
    try {
      return read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), reading);
    } catch (IOException e) {
      // Bytes in memory cannot fail to be read; bad text is reported, not thrown.
      throw new UncheckedIOException(e);
    }
  }

  private static NotUtf8Exception unpaired(String text, int at) {
    int lineStart = text.lastIndexOf('\n', at - 1) + 1;
    int line = 1 + (int) text.substring(0, lineStart).chars().filter(c -> c == '\n').count();
    String before = text.substring(0, at);
    int offset = before.getBytes(StandardCharsets.UTF_8).length;
    int column = 1 + text.substring(lineStart, at).getBytes(StandardCharsets.UTF_8).length;
    return new NotUtf8Exception(
        "The input is not UTF-8: it holds the surrogate U+"
            + Integer.toHexString(text.charAt(at)).toUpperCase(Locale.ROOT)
            + " on its own, which no UTF-8 text can, at character "
            + at
            + " (line "
            + line
            + ", column "
            + column
            + "). JSON text must be UTF-8 (RFC 8259, section 8.1).",
        offset,
        line,
        column);
  }

  /**
   * Reads a document from a stream, which must be UTF-8; the stream is left open. A document within
   * the length limit is read into memory and parsed there, which is quicker, and lets its positions
   * be found only when asked for.
   *
   * @throws IOException only when reading the input fails, never for bad input
   */
  public static <T> Decoded<T> read(InputStream in, RecordReading<T> reading) throws IOException {
    int limit = (int) Math.min(reading.limits().maxDocumentLength(), Integer.MAX_VALUE - 9);
    // As much as the stream says it holds (a guess when it says nothing), and one more byte, to
    // see its end with no copy.
    int available = in.available();
    byte[] start = new byte[(int) Math.min(limit + 1L, (available > 0 ? available : 1 << 10) + 1L)];
    int length = 0;
    while (length <= limit) {
      if (length == start.length) {
        start = Arrays.copyOf(start, (int) Math.min(limit + 1L, 2L * start.length));
      }
      int read = in.read(start, length, start.length - length);
      if (read < 0) {
        break;
      }
      length += read;
    }
    if (length <= limit && Utf8Check.isUtf8(start, length)) {
      return inMemory(start, length, 0, 0, reading);
    }
    // Too long, or not UTF-8: read as it streams, so that every token before the problem is read.
    return streamed(
        new SequenceInputStream(new ByteArrayInputStream(start, 0, length), in), reading);
  }

  /**
   * Reads a document of UTF-8 text held whole in memory. When the reading notes positions, they are
   * not noted as it is read, but found by reading it again when asked for: only a record that a
   * validator finds fault with needs them.
   *
   * @param bytes holds the document from index 0; not changed until the positions are had
   * @param length the document's length, at most the reading's length limit
   * @param lineOffset added to the parser's line numbers, for a document that is one line of a file
   * @param firstLineIndent added to the columns of its first line
   */
  static <T> Decoded<T> inMemory(
      byte[] bytes, int length, int lineOffset, long firstLineIndent, RecordReading<T> reading) {
    Decoded<T> decoded = parsed(bytes, length, lineOffset, firstLineIndent, reading.unnoted());
    return reading.notesPositions()
        ? decoded.withPositionsFoundBy(
            () -> parsed(bytes, length, lineOffset, firstLineIndent, reading).positions().get())
        : decoded;
  }

  private static <T> Decoded<T> parsed(
      byte[] bytes, int length, int lineOffset, long firstLineIndent, RecordReading<T> reading) {
    try (JsonParser parser = reading.factory().createParser(bytes, 0, length)) {
      // Columns are ints; an indent beyond them would be a line far beyond any limit's reach.
      int indent = (int) Math.min(firstLineIndent, Integer.MAX_VALUE / 2);
      return read(reading.cursorOfHeldRecord(parser, lineOffset, indent), reading);
    } catch (IOException e) {
      // A parser over bytes in memory reads nothing that could fail.
      throw new UncheckedIOException(e);
    }
  }

  private static <T> Decoded<T> streamed(InputStream in, RecordReading<T> reading)
      throws IOException {
    JsonParser parser;
    try {
      // Jackson reads the first bytes here, to tell the encoding.
      parser = reading.factory().createParser(new Utf8Stream(in));
    } catch (NotUtf8Exception e) {
      return Decoded.notUtf8(e);
    }
    try (parser) {
      return read(reading.cursor(parser, 0, 0), reading);
    }
  }

  /**
   * Reads the document that starts at the cursor's next token, and checks that nothing follows it.
   * How the reading ended, the cursor then tells.
   *
   * @throws IOException only when reading the input fails, never for bad input
   */
  public static <T> Decoded<T> read(TokenCursor cursor, RecordReading<T> reading)
      throws IOException {
    JsonParser parser = cursor.parser();
    int line = 1 + cursor.lineOffset();
    T value = null;
    try {
      JsonToken first = cursor.next();
      if (first == null) {
        cursor.reportAt(
            Problem.JSON_SYNTAX,
            "The input is empty; a programme document, a JSON object, was expected.",
            null);
        return Decoded.of(null, cursor, line);
      }
      line = parser.currentTokenLocation().getLineNr() + cursor.lineOffset();
      RecordDecoder<T> decoder = reading.decoder(cursor);
      value = decoder.read(first);
      if (decoder.refused()) {
        return refusal(cursor, line);
      }
      checkNothingFollows(cursor, reading.limits());
    } catch (IOException e) {
      FatalProblems.report(cursor, e, reading.limits());
    }
    return Decoded.of(value, cursor, line);
  }

  /**
   * Reports text after the end of a document or array. The programme read before it is kept: it was
   * complete.
   */
  static void checkNothingFollows(TokenCursor cursor, ReaderBounds limits) throws IOException {
    JsonLocation at;
    String what;
    try {
      if (cursor.next() == null) {
        return;
      }
      at = cursor.parser().currentTokenLocation();
      what = "a further JSON value";
    } catch (JsonParseException e) {
      at = e.getLocation();
      what = "text that is not JSON";
    } catch (IOException e) {
      FatalProblems.report(cursor, e, limits);
      return;
    }
    cursor.reportAt(
        Problem.JSON_SYNTAX, "The document ends, but " + what + " follows it; remove it.", at);
    cursor.end(Ending.FOLLOWED);
  }

  /**
   * The record of a document of an unsupported version: refused, with that finding alone, since its
   * other findings would only mislead.
   */
  static <T> Decoded<T> refusal(TokenCursor cursor, int line) {
    return new Decoded<>(
        null,
        cursor.findings().stream()
            .filter(finding -> finding.ruleId().equals(Problem.UNSUPPORTED_MODEL_VERSION.id()))
            .collect(ImmutableList.toImmutableList()),
        line,
        null);
  }
}
