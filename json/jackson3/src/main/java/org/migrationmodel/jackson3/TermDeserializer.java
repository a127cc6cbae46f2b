package org.migrationmodel.jackson3;

import org.migrationmodel.json.ReadMode;
import org.migrationmodel.taxonomy.Term;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.std.StdScalarDeserializer;
import tools.jackson.databind.exc.InvalidFormatException;

/**
 * Reads a term from its code under a {@link ReadMode}'s rules, as the reader does; a number or any
 * other non-string is refused rather than taken as an ordinal. A code that is refused fails with
 * Jackson's {@link InvalidFormatException}, whose message names the closest valid codes.
 *
 * @param <T> the vocabulary's term type
 */
final class TermDeserializer<T extends Enum<T> & Term> extends StdScalarDeserializer<T> {
  private final Class<T> type;
  private final ReadMode mode;

  TermDeserializer(Class<T> type, ReadMode mode) {
    super(type);
    this.type = type;
    this.mode = mode;
  }

  @Override
  public T deserialize(JsonParser parser, DeserializationContext context) {
    if (parser.currentToken() != JsonToken.VALUE_STRING) {
      return type.cast(context.handleUnexpectedToken(type, parser));
    }
    String code = parser.getString();
    CodeResolution<T> resolution = CodeResolution.of(type, code, mode);
    if (resolution.refusal() != null) {
      throw InvalidFormatException.from(parser, resolution.refusal(), code, type);
    }
    return resolution.term();
  }
}
