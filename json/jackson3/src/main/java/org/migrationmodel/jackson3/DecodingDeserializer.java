package org.migrationmodel.jackson3;

import java.io.IOException;
import org.migrationmodel.json.ReadMode;
import org.migrationmodel.json.internal.ProgrammeDecoder;
import org.migrationmodel.json.internal.TokenCursor;
import tools.jackson.core.JsonParser;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.std.StdDeserializer;

/**
 * Reads one programme type through the library's decoder, by way of a {@link ParserBridge}, so that
 * Jackson 3 applies the same rules as the Jackson 2 module and the {@code ProgrammeReader}. Where
 * the reader would report findings, this fails with an {@link InvalidProgrammeJsonException} that
 * carries them all.
 *
 * @param <T> the type read
 */
final class DecodingDeserializer<T> extends StdDeserializer<T> {
  /** One of the decoder's methods. */
  interface Decoder<T> {
    T decode(ProgrammeDecoder decoder, com.fasterxml.jackson.core.JsonToken token)
        throws IOException;
  }

  private final Class<T> type;
  private final ReadMode mode;
  private final Decoder<T> decoder;

  DecodingDeserializer(Class<T> type, ReadMode mode, Decoder<T> decoder) {
    super(type);
    this.type = type;
    this.mode = mode;
    this.decoder = decoder;
  }

  @Override
  public T deserialize(JsonParser parser, DeserializationContext context) {
    ParserBridge bridge = new ParserBridge(parser);
    TokenCursor cursor = TokenCursor.forValue(bridge, mode == ReadMode.LENIENT);
    T value;
    try {
      value = decoder.decode(new ProgrammeDecoder(cursor), bridge.currentToken());
    } catch (IOException e) {
      // The bridge throws Jackson 3's unchecked exceptions, so this is a failure of the decoder's
      // own Jackson 2 code, such as keeping an unknown member.
      throw JacksonIOException.construct(e, parser);
    }
    if (value == null || cursor.hasFindings()) {
      throw InvalidProgrammeJsonException.of(parser, type, cursor.findings());
    }
    return value;
  }
}
