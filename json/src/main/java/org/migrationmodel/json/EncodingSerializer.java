package org.migrationmodel.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.io.Serializable;

/**
 * Writes one programme type through the library's encoder, so that Jackson writes the same text.
 *
 * @param <T> the programme type written
 */
final class EncodingSerializer<T> extends StdSerializer<T> {
  private static final long serialVersionUID = 1L;

  /**
   * One of the encoder's methods.
   *
   * @param <T> the programme type it writes
   */
  interface Encoder<T> extends Serializable {
    void encode(JsonGenerator generator, T value) throws IOException;
  }

  private final Encoder<T> encoder;

  EncodingSerializer(Class<T> type, Encoder<T> encoder) {
    super(type);
    this.encoder = encoder;
  }

  @Override
  public void serialize(T value, JsonGenerator generator, SerializerProvider provider)
      throws IOException {
    encoder.encode(generator, value);
  }
}
