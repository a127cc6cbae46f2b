package org.migrationmodel.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import org.migrationmodel.taxonomy.Term;

/**
 * Writes a term that is a map key as its code, whatever the mapper's settings: Jackson's own enum
 * keys follow {@code WRITE_ENUM_KEYS_USING_INDEX} and {@code WRITE_ENUMS_USING_TO_STRING}.
 *
 * @param <T> the vocabulary's term type
 */
final class TermKeySerializer<T extends Enum<T> & Term> extends StdSerializer<T> {
  private static final long serialVersionUID = 1L;

  TermKeySerializer(Class<T> type) {
    super(type);
  }

  @Override
  public void serialize(T term, JsonGenerator generator, SerializerProvider provider)
      throws IOException {
    generator.writeFieldName(term.code());
  }
}
