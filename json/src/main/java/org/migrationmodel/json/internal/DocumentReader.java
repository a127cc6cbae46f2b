package org.migrationmodel.json.internal;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.google.common.collect.ImmutableList;
import java.io.IOException;
import org.migrationmodel.json.JsonProblem;
import org.migrationmodel.json.ReadMode;
import org.migrationmodel.programme.Programme;

/**
 * Reads one whole programme document from a parser: one object, and nothing after it. Used for a
 * single document and for each line of an NDJSON file.
 */
public final class DocumentReader {
  private DocumentReader() {}

  /**
   * Reads the document.
   *
   * @param lineOffset added to the parser's line numbers, for a parser over one line of a file
   * @throws IOException only when reading the input fails, never for bad input
   */
  public static Decoded read(JsonParser parser, ReadMode mode, ReadLimits limits, int lineOffset)
      throws IOException {
    TokenCursor cursor =
        TokenCursor.forRecord(parser, mode, limits.maxDocumentLength(), lineOffset);
    int line = 1 + lineOffset;
    Programme programme = null;
    try {
      JsonToken first = cursor.next();
      if (first == null) {
        cursor.reportAt(
            JsonProblem.JSON_SYNTAX,
            "The input is empty; a programme document, a JSON object, was expected.",
            null);
        return new Decoded(null, cursor.findings(), line);
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
    return new Decoded(programme, cursor.findings(), line);
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
        JsonProblem.JSON_SYNTAX, "The document ends, but " + what + " follows it; remove it.", at);
  }

  /**
   * The record of a document of an unsupported version: refused, with that finding alone, since its
   * other findings would only mislead.
   */
  static Decoded refusal(TokenCursor cursor, int line) {
    return new Decoded(
        null,
        cursor.findings().stream()
            .filter(finding -> finding.ruleId().equals(JsonProblem.UNSUPPORTED_MODEL_VERSION.id()))
            .collect(ImmutableList.toImmutableList()),
        line);
  }
}
