package org.migrationmodel.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import java.io.IOException;
import java.io.Serializable;
import org.migrationmodel.json.internal.ProgrammeDecoder;
import org.migrationmodel.json.internal.TokenCursor;

/**
 * Reads one programme type through the library's decoder, so that Jackson applies the same rules as
 * the {@link ProgrammeReader}. Where the reader would report findings, this fails with an {@link
 * InvalidProgrammeJsonException} that carries them all.
 *
 * @param <T> the programme type read
 */
final class DecodingDeserializer<T> extends StdDeserializer<T> {
  private static final long serialVersionUID = 1L;

  /**
   * One of the decoder's methods.
   *
   * @param <T> the programme type it reads
   */
  interface Decoder<T> extends Serializable {
    T decode(ProgrammeDecoder decoder, JsonToken token) throws IOException;
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
  public T deserialize(JsonParser parser, DeserializationContext context) throws IOException {
    TokenCursor cursor = TokenCursor.forValue(parser, mode == ReadMode.LENIENT);
    T value = decoder.decode(new ProgrammeDecoder(cursor), parser.currentToken());
    if (value == null || cursor.hasFindings()) {
      throw InvalidProgrammeJsonException.of(parser, type, cursor.findings());
    }
    return value;
  }
}
