package org.migrationmodel.json.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import java.io.CharConversionException;
import java.io.IOException;
import org.migrationmodel.json.JsonProblem;

/**
 * Turns the exceptions after which a parser cannot go on (malformed JSON, a broken limit, bytes
 * that are not text) into findings. Jackson's own wording is kept where it names the offending
 * token, and cut where it gives Jackson configuration advice or refers to the input around the
 * token.
 */
final class FatalProblems {
  // Jackson's advice on its features, and its references back to the input, start with these.
  private static final String[] CUT_MARKERS = {
    ": enable `", " (not recognized as one since", " (start marker at", " at [Source"
  };

  // Jackson names the limit a constraint failure broke only in its message.
  private static final String NAME_LIMIT = "getMaxNameLength";

  private FatalProblems() {}

  /**
   * Reports a problem of the input at the cursor's position.
   *
   * @throws IOException the exception itself, when it is a failure to read rather than bad input
   */
  static void report(TokenCursor cursor, IOException e, ReadLimits limits) throws IOException {
    if (!(e instanceof JsonProcessingException || e instanceof CharConversionException)) {
      throw e;
    }
    if (e instanceof StreamConstraintsException constraint) {
      String message = limitMessage(constraint, limits);
      if (constraint instanceof RecordTooLongException) {
        cursor.reportOnRecord(JsonProblem.LIMIT_EXCEEDED, message, constraint.getLocation());
      } else if (constraint.getOriginalMessage().contains(NAME_LIMIT)) {
        cursor.reportInName(JsonProblem.LIMIT_EXCEEDED, message, constraint.getLocation());
      } else {
        cursor.reportAt(JsonProblem.LIMIT_EXCEEDED, message, constraint.getLocation());
      }
    } else if (e instanceof JsonProcessingException syntax) {
      cursor.reportAt(
          JsonProblem.JSON_SYNTAX,
          "The input is not well-formed JSON: " + trim(syntax.getOriginalMessage()) + ".",
          syntax.getLocation());
    } else {
      cursor.reportAt(
          JsonProblem.JSON_SYNTAX,
          "The input is not text in UTF-8 (or another Unicode encoding): " + e.getMessage() + ".",
          null);
    }
  }

  private static String limitMessage(StreamConstraintsException e, ReadLimits limits) {
    String jackson = e.getOriginalMessage();
    if (e instanceof RecordTooLongException) {
      return jackson;
    }
    if (jackson.contains("getMaxNestingDepth")) {
      return "Arrays and objects nest deeper than the limit of "
          + limits.maxNestingDepth()
          + " levels; the reader's maxNestingDepth sets it.";
    }
    if (jackson.contains("getMaxStringLength")) {
      return "A string is longer than the limit of "
          + limits.maxStringLength()
          + " characters; the reader's maxStringLength sets it.";
    }
    if (jackson.contains("getMaxNumberLength")) {
      return "A number is longer than the limit of "
          + limits.maxNumberLength()
          + " characters; the reader's maxNumberLength sets it.";
    }
    if (jackson.contains(NAME_LIMIT)) {
      return "A member name is longer than the limit of "
          + limits.maxNameLength()
          + " characters; the reader's maxNameLength sets it.";
    }
    return "The input goes beyond a limit of the reader: " + trim(jackson) + ".";
  }

  private static String trim(String message) {
    String trimmed = message;
    for (String marker : CUT_MARKERS) {
      int cut = trimmed.indexOf(marker);
      if (cut >= 0) {
        trimmed = trimmed.substring(0, cut);
      }
    }
    return trimmed;
  }
}
