package org.migrationmodel.json.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.google.common.collect.ImmutableList;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.migrationmodel.programme.Programme;

/**
 * Reads one whole programme document from a parser: one object, and nothing after it. Used for a
 * single document and for each line of an NDJSON file.
 */
public final class DocumentReader {
  private DocumentReader() {}

  /**
   * Reads a document from text, as its UTF-8 form is read; a character that no UTF-8 form has (an
   * unpaired surrogate) is reported.
   *
   * @param notePositions whether to note where each value lies, for a validator's findings
   */
  public static Decoded read(
      JsonFactory factory, String text, boolean lenient, ReadLimits limits, boolean notePositions) {
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
      return read(
          factory,
          new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
          lenient,
          limits,
          notePositions);
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
   * Reads a document from a stream, which must be UTF-8; the stream is left open.
   *
   * @param notePositions whether to note where each value lies, for a validator's findings
   * @throws IOException only when reading the input fails, never for bad input
   */
  public static Decoded read(
      JsonFactory factory,
      InputStream in,
      boolean lenient,
      ReadLimits limits,
      boolean notePositions)
      throws IOException {
    JsonParser parser;
    try {
      // Jackson reads the first bytes here, to tell the encoding.
      parser = factory.createParser(new Utf8Stream(in));
    } catch (NotUtf8Exception e) {
      return Decoded.notUtf8(e);
    }
    try (parser) {
      return read(parser, lenient, limits, 0, notePositions);
    }
  }

  /**
   * Reads the document.
   *
   * @param lineOffset added to the parser's line numbers, for a parser over one line of a file
   * @param notePositions whether to note where each value lies, for a validator's findings
   * @throws IOException only when reading the input fails, never for bad input
   */
  public static Decoded read(
      JsonParser parser, boolean lenient, ReadLimits limits, int lineOffset, boolean notePositions)
      throws IOException {
    TokenCursor cursor =
        TokenCursor.forRecord(
            parser, lenient, limits.maxDocumentLength(), lineOffset, notePositions);
    int line = 1 + lineOffset;
    Programme programme = null;
    try {
      JsonToken first = cursor.next();
      if (first == null) {
        cursor.reportAt(
            Problem.JSON_SYNTAX,
            "The input is empty; a programme document, a JSON object, was expected.",
            null);
        return Decoded.of(null, cursor, line);
      }
      line = parser.currentTokenLocation().getLineNr() + lineOffset;
      ProgrammeDecoder decoder = new ProgrammeDecoder(cursor);
      programme = decoder.programme(first);
      if (decoder.refused()) {
        return refusal(cursor, line);
      }
      checkNothingFollows(cursor, limits);
    } catch (IOException e) {
      FatalProblems.report(cursor, e, limits);
    }
    return Decoded.of(programme, cursor, line);
  }

  /**
   * Reports text after the end of a document or array. The programme read before it is kept: it was
   * complete.
   */
  static void checkNothingFollows(TokenCursor cursor, ReadLimits limits) throws IOException {
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
  }

  /**
   * The record of a document of an unsupported version: refused, with that finding alone, since its
   * other findings would only mislead.
   */
  static Decoded refusal(TokenCursor cursor, int line) {
    return new Decoded(
        null,
        cursor.findings().stream()
            .filter(finding -> finding.ruleId().equals(Problem.UNSUPPORTED_MODEL_VERSION.id()))
            .collect(ImmutableList.toImmutableList()),
        line,
        null);
  }
}
