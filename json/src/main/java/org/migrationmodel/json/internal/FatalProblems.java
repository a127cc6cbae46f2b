package org.migrationmodel.json.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import java.io.CharConversionException;
import java.io.IOException;

/**
 * Turns the exceptions after which a parser cannot go on (malformed JSON, a broken limit, bytes
 * that are not UTF-8) into findings. What kind of problem it is comes from the exception's type
 * alone. Jackson's description of malformed JSON is quoted, without the advice on Jackson's own
 * settings that it may end with, which a user of this library cannot change.
 */
final class FatalProblems {
  // Jackson's advice on its features starts with this.
  private static final String ADVICE = ": enable `";

  private FatalProblems() {}

  /**
   * Reports a problem of the input at the cursor's position, which broke off the reading of the
   * record.
   *
   * @throws IOException the exception itself, when it is a failure to read rather than bad input
   */
  static void report(TokenCursor cursor, IOException e, ReaderBounds limits) throws IOException {
    cursor.end(Ending.BROKEN_OFF);
    if (e instanceof RecordTooLongException tooLong) {
      cursor.reportOnRecord(
          Problem.LIMIT_EXCEEDED, tooLong.getOriginalMessage(), tooLong.getLocation());
    } else if (e instanceof LimitException limit) {
      String message = limitMessage(limit.limit(), limits);
      if (limit.limit() == LimitException.Limit.NAME_LENGTH) {
        cursor.reportInName(Problem.LIMIT_EXCEEDED, message, null);
      } else {
        cursor.reportAt(Problem.LIMIT_EXCEEDED, message, null);
      }
    } else if (e instanceof StreamConstraintsException constraint) {
      cursor.reportAt(
          Problem.LIMIT_EXCEEDED,
          "The input goes beyond a limit of the reader: " + constraint.getOriginalMessage() + ".",
          constraint.getLocation());
    } else if (e instanceof NotUtf8Exception notUtf8) {
      cursor.reportAt(Problem.JSON_SYNTAX, notUtf8.getMessage(), notUtf8.location());
    } else if (e instanceof JsonEOFException eof) {
      cursor.reportAt(
          Problem.JSON_SYNTAX,
          "The input ends before the JSON does: an object, array or string is left open.",
          eof.getLocation());
    } else if (e instanceof JsonProcessingException syntax) {
      cursor.reportAt(
          Problem.JSON_SYNTAX,
          "The input is not well-formed JSON: " + withoutAdvice(syntax.getOriginalMessage()) + ".",
          syntax.getLocation());
    } else if (e instanceof CharConversionException notText) {
      cursor.reportAt(
          Problem.JSON_SYNTAX,
          "The input is not text in UTF-8: " + notText.getMessage() + ".",
          null);
    } else {
      throw e;
    }
  }

  private static String withoutAdvice(String message) {
    int advice = message.indexOf(ADVICE);
    return advice < 0 ? message : message.substring(0, advice);
  }

  private static String limitMessage(LimitException.Limit limit, ReaderBounds limits) {
    return switch (limit) {
      case NESTING_DEPTH ->
          "Arrays and objects nest deeper than the limit of "
              + limits.maxNestingDepth()
              + " levels; the reader's maxNestingDepth sets it.";
      case STRING_LENGTH ->
          "A string is longer than the limit of "
              + limits.maxStringLength()
              + " characters; the reader's maxStringLength sets it.";
      case NUMBER_LENGTH ->
          "A number is longer than the limit of "
              + limits.maxNumberLength()
              + " characters; the reader's maxNumberLength sets it.";
      case NAME_LENGTH ->
          "A member name is longer than the limit of "
              + limits.maxNameLength()
              + " characters; the reader's maxNameLength sets it.";
    };
  }
}
