package org.migrationmodel.json.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.io.InputStream;
import org.migrationmodel.validation.Finding;

/**
 * The records of a JSON array, read one at a time by one parser, so that memory does not grow with
 * the array. A record that is too long is reported and skipped; after malformed JSON the parser
 * cannot find the next record, so reading stops there, and the lines that hold text after that
 * point are counted, as not read.
 *
 * <p>A problem outside any record (an empty input, a value that is not an array, text after the
 * array) is reported as a record of its own, without a value, so that nothing goes unreported.
 *
 * @param <T> what a record is read as
 */
public final class ArrayRecords<T> implements RecordSource<T> {
  // The nesting depth of a record's own tokens' context, inside the root array.
  private static final int RECORD_DEPTH = 1;

  private final Utf8Stream in;
  private final RecordReading<T> reading;
  private JsonParser parser;
  private boolean started;
  private boolean finished;
  // Where reading stopped early, or 0, and how many lines of text it left unread.
  private int stoppedAtLine;
  private long linesNotRead;

  /** Reads the records of the array in a UTF-8 stream, which the caller closes. */
  public ArrayRecords(InputStream in, RecordReading<T> reading) {
    this.in = new Utf8Stream(in);
    this.reading = reading;
  }

  @Override
  public PendingRecord<T> next() throws IOException {
    Decoded<T> decoded = decodeNext();
    return decoded == null ? null : PendingRecord.decoded(decoded);
  }

  // One parser reads the whole array, so each record is decoded in turn.
  private Decoded<T> decodeNext() throws IOException {
    if (finished) {
      return null;
    }
    if (parser == null) {
      try {
        // Jackson reads the first bytes here, to tell the encoding.
        parser = reading.factory().createParser(in);
      } catch (NotUtf8Exception e) {
        stop(e.location().getLineNr(), Utf8Stream.StopLine.IF_TEXT_IS_LEFT);
        return Decoded.notUtf8(e);
      }
    }
    TokenCursor cursor = reading.cursor(parser, 0, 0);
    int line = 0;
    try {
      if (!started) {
        started = true;
        Decoded<T> notAnArray = openArray(cursor);
        if (notAnArray != null) {
          return notAnArray;
        }
        // The first record's cursor starts inside the array, as the others' do, so that its
        // pointers and its length do not take in the array's start.
        cursor = reading.cursor(parser, 0, 0);
      }
      JsonToken token = cursor.next();
      if (token == JsonToken.END_ARRAY) {
        return end(cursor);
      }
      line = parser.currentTokenLocation().getLineNr();
      RecordDecoder<T> decoder = reading.decoder(cursor);
      T value = decoder.read(token);
      if (decoder.refused()) {
        return DocumentReader.refusal(cursor, line);
      }
      return Decoded.of(value, cursor, line);
    } catch (RecordTooLongException e) {
      FatalProblems.report(cursor, e, reading.limits());
      skipRestOfRecord(cursor);
      return problemRecord(cursor, line);
    } catch (IOException e) {
      stop(cursor, e);
      return problemRecord(cursor, line);
    }
  }

  /** Reads the array's start; returns a record for the problem when the input is no array. */
  private Decoded<T> openArray(TokenCursor cursor) throws IOException {
    JsonToken first = cursor.next();
    if (first == JsonToken.START_ARRAY) {
      return null;
    }
    if (first == null) {
      finished = true;
      cursor.reportAt(
          Problem.JSON_SYNTAX,
          "The input is empty; a JSON array of programme documents was expected.",
          null);
    } else {
      cursor.reportAt(
          Problem.WRONG_TYPE,
          "Expected a JSON array of programme documents, but the input starts with "
              + (first == JsonToken.START_OBJECT ? "an object" : "another value")
              + "; read it as a single document, or put it in [ ].",
          parser.currentTokenLocation());
      // The value read instead of the array's start is read no further.
      stop(parser.currentTokenLocation().getLineNr(), Utf8Stream.StopLine.COUNTED);
    }
    return Decoded.of(null, cursor, 1);
  }

  /**
   * After the array: nothing more is expected; anything else is a record-less problem, after which
   * reading stops.
   */
  private Decoded<T> end(TokenCursor cursor) throws IOException {
    finished = true;
    DocumentReader.checkNothingFollows(cursor, reading.limits());
    if (!cursor.hasFindings()) {
      return null;
    }
    stop(
        lastLine(cursor),
        cursor.ending() == Ending.FOLLOWED
            ? Utf8Stream.StopLine.COUNTED
            : Utf8Stream.StopLine.IF_TEXT_IS_LEFT);
    return problemRecord(cursor, 0);
  }

  /** A record without a value; its line is where it starts, or else where the problem is. */
  private static <T> Decoded<T> problemRecord(TokenCursor cursor, int line) {
    ImmutableList<Finding> findings = cursor.findings();
    return new Decoded<>(null, findings, line > 0 ? line : findings.get(0).line().orElse(1), null);
  }

  /** Skips to the end of the current record, without the length check that stopped it. */
  private void skipRestOfRecord(TokenCursor cursor) throws IOException {
    try {
      while (parser.getParsingContext().getNestingDepth() > RECORD_DEPTH) {
        if (parser.nextToken() == null) {
          break;
        }
      }
    } catch (IOException e) {
      stop(cursor, e);
    }
  }

  /** Reports malformed input, after which no further record can be found, and stops there. */
  private void stop(TokenCursor cursor, IOException e) throws IOException {
    FatalProblems.report(cursor, e, reading.limits());
    stop(lastLine(cursor), Utf8Stream.StopLine.IF_TEXT_IS_LEFT);
  }

  /**
   * Stops reading at a line, and counts the lines that hold text from the parser's position on.
   *
   * @param stop whether the line counts: always when a value starts there, of which the parser has
   *     read the first token; else when text is left on it, where further records may be
   */
  private void stop(int line, Utf8Stream.StopLine stop) throws IOException {
    finished = true;
    linesNotRead = in.remainder(parser).linesWithText(line, stop);
    stoppedAtLine = linesNotRead > 0 ? line : 0;
  }

  private static int lastLine(TokenCursor cursor) {
    ImmutableList<Finding> findings = cursor.findings();
    return findings.get(findings.size() - 1).line().orElse(1);
  }

  @Override
  public int stoppedAtLine() {
    return stoppedAtLine;
  }

  @Override
  public long linesNotRead() {
    return linesNotRead;
  }

  @Override
  public void close() throws IOException {
    if (parser != null) {
      parser.close();
    }
  }
}
