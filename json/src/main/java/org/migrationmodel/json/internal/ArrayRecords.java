package org.migrationmodel.json.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.io.InputStream;
import org.migrationmodel.programme.Programme;
import org.migrationmodel.validation.Finding;

/**
 * The records of a JSON array of programmes, read one at a time by one parser, so that memory does
 * not grow with the array. A record that is too long is reported and skipped; after malformed JSON
 * the parser cannot find the next record, so reading stops there.
 *
 * <p>A problem outside any record (an empty input, a value that is not an array, text after the
 * array) is reported as a record of its own, without a programme, so that nothing goes unreported.
 */
public final class ArrayRecords implements RecordSource {
  // The nesting depth of a record's own tokens' context, inside the root array.
  private static final int RECORD_DEPTH = 1;

  private final JsonFactory factory;
  private final InputStream in;
  private JsonParser parser;
  private final boolean lenient;
  private final ReadLimits limits;
  private final boolean notePositions;
  private boolean started;
  private boolean finished;
  // Where reading stopped early, or 0.
  private int stoppedAtLine;

  /**
   * Reads the records of the array in a UTF-8 stream, which the caller closes.
   *
   * @param notePositions whether to note where each value lies, for a validator's findings
   */
  public ArrayRecords(
      JsonFactory factory,
      InputStream in,
      boolean lenient,
      ReadLimits limits,
      boolean notePositions) {
    this.factory = factory;
    this.in = in;
    this.lenient = lenient;
    this.limits = limits;
    this.notePositions = notePositions;
  }

  @Override
  public Decoded next() throws IOException {
    if (finished) {
      return null;
    }
    if (parser == null) {
      try {
        // Jackson reads the first bytes here, to tell the encoding.
        parser = factory.createParser(new Utf8Stream(in));
      } catch (NotUtf8Exception e) {
        finished = true;
        stoppedAtLine = e.location().getLineNr();
        return Decoded.notUtf8(e);
      }
    }
    TokenCursor cursor = recordCursor();
    int line = 0;
    try {
      if (!started) {
        started = true;
        Decoded notAnArray = openArray(cursor);
        if (notAnArray != null) {
          return notAnArray;
        }
        // The first record's cursor starts inside the array, as the others' do, so that its
        // pointers and its length do not take in the array's start.
        cursor = recordCursor();
      }
      JsonToken token = cursor.next();
      if (token == JsonToken.END_ARRAY) {
        return end(cursor);
      }
      line = parser.currentTokenLocation().getLineNr();
      ProgrammeDecoder decoder = new ProgrammeDecoder(cursor);
      Programme programme = decoder.programme(token);
      if (decoder.refused()) {
        return DocumentReader.refusal(cursor, line);
      }
      return Decoded.of(programme, cursor, line);
    } catch (RecordTooLongException e) {
      FatalProblems.report(cursor, e, limits);
      skipRestOfRecord(cursor);
      return problemRecord(cursor, line);
    } catch (IOException e) {
      stop(cursor, e);
      return problemRecord(cursor, line);
    }
  }

  private TokenCursor recordCursor() {
    return TokenCursor.forRecord(parser, lenient, limits.maxDocumentLength(), 0, notePositions);
  }

  /** Reads the array's start; returns a record for the problem when the input is no array. */
  private Decoded openArray(TokenCursor cursor) throws IOException {
    JsonToken first = cursor.next();
    if (first == JsonToken.START_ARRAY) {
      return null;
    }
    finished = true;
    if (first == null) {
      cursor.reportAt(
          Problem.JSON_SYNTAX,
          "The input is empty; a JSON array of programme documents was expected.",
          null);
    } else {
      stoppedAtLine = parser.currentTokenLocation().getLineNr();
      cursor.reportAt(
          Problem.WRONG_TYPE,
          "Expected a JSON array of programme documents, but the input starts with "
              + (first == JsonToken.START_OBJECT ? "an object" : "another value")
              + "; read it as a single document, or put it in [ ].",
          parser.currentTokenLocation());
    }
    return Decoded.of(null, cursor, 1);
  }

  /** After the array: nothing more is expected; anything else is a record-less problem. */
  private Decoded end(TokenCursor cursor) throws IOException {
    finished = true;
    DocumentReader.checkNothingFollows(cursor, limits);
    return cursor.hasFindings() ? problemRecord(cursor, 0) : null;
  }

  /** A record without a programme; its line is where it starts, or else where the problem is. */
  private static Decoded problemRecord(TokenCursor cursor, int line) {
    ImmutableList<Finding> findings = cursor.findings();
    return new Decoded(null, findings, line > 0 ? line : findings.get(0).line().orElse(1), null);
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
    FatalProblems.report(cursor, e, limits);
    finished = true;
    ImmutableList<Finding> findings = cursor.findings();
    stoppedAtLine = findings.get(findings.size() - 1).line().orElse(1);
  }

  @Override
  public int stoppedAtLine() {
    return stoppedAtLine;
  }

  @Override
  public void close() throws IOException {
    if (parser != null) {
      parser.close();
    }
  }
}
