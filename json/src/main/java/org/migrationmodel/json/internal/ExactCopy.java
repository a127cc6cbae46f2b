package org.migrationmodel.json.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;

/**
 * Copies a JSON value from a parser to a generator as it was written: numbers keep their text
 * ({@code -0.0} stays {@code -0.0}, {@code 1e400} stays {@code 1e400}), where Jackson's own copy
 * would go through a {@code double} or a {@code BigDecimal}.
 */
final class ExactCopy {
  /** Moves a parser to its next token. */
  interface Advance {
    JsonToken next() throws IOException;
  }

  private ExactCopy() {}

  /**
   * Copies the value at the parser's current token, with all it contains, leaving the parser on its
   * last token.
   *
   * @param advance how to move the parser on, so that a caller can check each token
   */
  static void value(JsonParser parser, JsonGenerator generator, Advance advance)
      throws IOException {
    int depth = 0;
    do {
      JsonToken token = parser.currentToken();
      if (token.isNumeric()) {
        generator.writeNumber(parser.getText());
      } else {
        generator.copyCurrentEvent(parser);
      }
      if (token.isStructStart()) {
        depth++;
      } else if (token.isStructEnd()) {
        depth--;
      }
    } while (depth > 0 && advance.next() != null);
  }
}
