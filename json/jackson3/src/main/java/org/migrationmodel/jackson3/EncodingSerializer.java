package org.migrationmodel.jackson3;

import java.io.IOException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ser.std.StdSerializer;

/**
 * Writes one programme type through the library's encoder, by way of a {@link GeneratorBridge}, so
 * that Jackson 3 writes the same text as the Jackson 2 module and the {@code ProgrammeWriter}.
 *
 * @param <T> the type written
 */
final class EncodingSerializer<T> extends StdSerializer<T> {
  /** One of the encoder's methods. */
  interface Encoder<T> {
    void encode(com.fasterxml.jackson.core.JsonGenerator generator, T value) throws IOException;
  }

  private final Encoder<T> encoder;

  EncodingSerializer(Class<T> type, Encoder<T> encoder) {
    super(type);
    this.encoder = encoder;
  }

  @Override
  public void serialize(T value, JsonGenerator generator, SerializationContext context) {
    try {
      encoder.encode(new GeneratorBridge(generator), value);
    } catch (IOException e) {
      // The bridge throws Jackson 3's unchecked exceptions, so this is a failure of the encoder's
      // own Jackson 2 code, such as copying an unknown member.
      throw JacksonIOException.construct(e, generator);
    }
  }
}
