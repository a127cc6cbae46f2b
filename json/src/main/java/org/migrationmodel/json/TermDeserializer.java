package org.migrationmodel.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import java.io.IOException;
import org.migrationmodel.json.internal.CodeReader;
import org.migrationmodel.taxonomy.Term;

/**
 * Reads a term from its code under a {@link ReadMode}'s rules, as the reader does; a number or any
 * other non-string is refused rather than taken as an ordinal. A code that is refused fails with
 * Jackson's {@link InvalidFormatException}, whose message names the closest valid codes.
 *
 * @param <T> the vocabulary read
 */
final class TermDeserializer<T extends Enum<T> & Term> extends StdScalarDeserializer<T> {
  private static final long serialVersionUID = 1L;

  private final Class<T> type;
  private final ReadMode mode;

  TermDeserializer(Class<T> type, ReadMode mode) {
    super(type);
    this.type = type;
    this.mode = mode;
  }

  @Override
  public T deserialize(JsonParser parser, DeserializationContext context) throws IOException {
    if (parser.currentToken() != JsonToken.VALUE_STRING) {
      return type.cast(context.handleUnexpectedToken(type, parser));
    }
    String code = parser.getText();
    return CodeReader.of(type)
        .resolve(
            code,
            mode == ReadMode.LENIENT,
            (message, suggestions) -> {
              throw InvalidFormatException.from(parser, message, code, type);
            });
  }
}
