package org.migrationmodel.json.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import org.migrationmodel.taxonomy.Term;

/**
 * Reads the scalar values and lists of a programme document. Each method starts at the value's
 * first token; a bad value is reported, skipped, and returned as null, so that reading goes on.
 */
final class ValueDecoder implements CodeReader.Problems {
  /**
   * The largest decimal exponent, either way, of an amount or a share. Beyond it a number is no
   * real amount, and decimal arithmetic on it (as the validator does) would cost unbounded memory.
   */
  private static final int MAX_SCALE = 1000;

  private static final int DATE_LENGTH = "2026-01-31".length();

  /** Where the elements of an object's lists go. */
  interface ListMembers {
    /**
     * Reads one element of a list member, not null, at its first token.
     *
     * @return whether the element was read and kept
     */
    boolean element(Member list, JsonToken token) throws IOException;
  }

  private final TokenCursor cursor;

  ValueDecoder(TokenCursor cursor) {
    this.cursor = cursor;
  }

  String string(JsonToken token) throws IOException {
    return string(token, "a string");
  }

  private String string(JsonToken token, String expected) throws IOException {
    if (token != JsonToken.VALUE_STRING) {
      wrongType(token, expected);
      return null;
    }
    return cursor.text();
  }

  BigDecimal decimal(JsonToken token) throws IOException {
    if (!token.isNumeric()) {
      wrongType(token, "a number");
      return null;
    }
    BigDecimal value;
    try {
      value = cursor.parser().getDecimalValue();
    } catch (NumberFormatException e) {
      cursor.report(
          Problem.INVALID_VALUE, "The number's exponent is too large; write the number plainly.");
      return null;
    }
    if (Math.abs(value.scale()) > MAX_SCALE) {
      cursor.report(
          Problem.INVALID_VALUE,
          "The number's exponent is beyond "
              + MAX_SCALE
              + " either way; no amount or share is so large or so small.");
      return null;
    }
    return value;
  }

  LocalDate date(JsonToken token) throws IOException {
    if (token != JsonToken.VALUE_STRING) {
      wrongType(token, "a date as a string, such as \"2026-01-31\"");
      return null;
    }
    // Parsed from the parser's characters: the text becomes a string only for a message.
    JsonParser parser = cursor.parser();
    LocalDate date =
        parseDate(parser.getTextCharacters(), parser.getTextOffset(), parser.getTextLength());
    if (date == null) {
      cursor.report(
          Problem.INVALID_VALUE,
          Quoting.quote(cursor.text())
              + " is not a calendar date in ISO-8601 form YYYY-MM-DD, such as \"2026-01-31\".");
    }
    return date;
  }

  <T extends Enum<T> & Term> T code(JsonToken token, CodeReader<T> codes) throws IOException {
    if (token != JsonToken.VALUE_STRING) {
      wrongType(token, Quoting.withArticle(codes.vocabularyId()) + " code, as a string");
      return null;
    }
    JsonParser parser = cursor.parser();
    T term =
        codes.exact(parser.getTextCharacters(), parser.getTextOffset(), parser.getTextLength());
    return term != null ? term : codes.resolve(cursor.text(), cursor.lenient(), this);
  }

  @Override
  public void unknownCode(String message, ImmutableList<String> suggestions) {
    cursor.report(Problem.UNKNOWN_CODE, message, suggestions);
  }

  /**
   * Reads the array of a list member, element by element, into the object's values; elements that
   * cannot be read are reported and left out.
   *
   * @return whether the value is an array
   */
  boolean list(JsonToken token, Member list, ListMembers elements) throws IOException {
    if (token != JsonToken.START_ARRAY) {
      wrongType(token, "an array");
      return false;
    }
    int index = 0;
    int kept = 0;
    for (JsonToken next = cursor.next(); next != JsonToken.END_ARRAY; next = cursor.next()) {
      cursor.enterElement(index++, kept);
      if (next == JsonToken.VALUE_NULL) {
        cursor.report(
            Problem.NULL_VALUE, "The list holds null; remove it or give a value in its place.");
      } else if (elements.element(list, next)) {
        kept++;
      }
      cursor.leave();
    }
    return true;
  }

  /** Reports a value of the wrong JSON type and skips it. */
  void wrongType(JsonToken token, String expected) throws IOException {
    cursor.report(Problem.WRONG_TYPE, "Expected " + expected + " but found " + describe(token));
    cursor.skip();
  }

  private String describe(JsonToken token) throws IOException {
    return switch (token) {
      case START_OBJECT -> "an object.";
      case START_ARRAY -> "an array.";
      case VALUE_STRING -> "the string " + Quoting.quote(cursor.text()) + ".";
      // The number limit keeps this short.
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "the number " + cursor.text() + ".";
      default -> cursor.text() + ".";
    };
  }

  /** Parses exactly YYYY-MM-DD, without the signs and longer years that ISO-8601 also allows. */
  private static LocalDate parseDate(char[] text, int offset, int length) {
    if (length != DATE_LENGTH || text[offset + 4] != '-' || text[offset + 7] != '-') {
      return null;
    }
    int year = digits(text, offset, offset + 4);
    int month = digits(text, offset + 5, offset + 7);
    int day = digits(text, offset + 8, offset + 10);
    if (year < 0 || month < 0 || day < 0) {
      return null;
    }
    try {
      return LocalDate.of(year, month, day);
    } catch (DateTimeException e) {
      return null;
    }
  }

  private static int digits(char[] text, int from, int to) {
    int value = 0;
    for (int i = from; i < to; i++) {
      char c = text[i];
      if (c < '0' || c > '9') {
        return -1;
      }
      value = value * 10 + (c - '0');
    }
    return value;
  }
}
