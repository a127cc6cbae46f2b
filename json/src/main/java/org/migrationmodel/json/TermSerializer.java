package org.migrationmodel.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import org.migrationmodel.taxonomy.Term;

/**
 * Writes a term as its code, never its ordinal or label.
 *
 * @param <T> the vocabulary written
 */
final class TermSerializer<T extends Enum<T> & Term> extends StdSerializer<T> {
  private static final long serialVersionUID = 1L;

  TermSerializer(Class<T> type) {
    super(type);
  }

  @Override
  public void serialize(T term, JsonGenerator generator, SerializerProvider provider)
      throws IOException {
    generator.writeString(term.code());
  }
}
