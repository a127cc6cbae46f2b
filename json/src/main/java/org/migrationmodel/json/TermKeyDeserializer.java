package org.migrationmodel.json;

import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.KeyDeserializer;
import java.io.IOException;
import java.io.Serializable;
import org.migrationmodel.json.internal.CodeReader;
import org.migrationmodel.taxonomy.Term;

/**
 * Reads a term that is a map key from its code under a {@link ReadMode}'s rules, as {@link
 * TermDeserializer} reads a value: never from an ordinal or a label, whatever the mapper's
 * settings. A code that is refused fails through Jackson's {@code handleWeirdKey}, with a message
 * that names the closest valid codes.
 *
 * @param <T> the vocabulary's term type
 */
final class TermKeyDeserializer<T extends Enum<T> & Term> extends KeyDeserializer
    implements Serializable {
  private static final long serialVersionUID = 1L;

  private final Class<T> type;
  private final ReadMode mode;

  TermKeyDeserializer(Class<T> type, ReadMode mode) {
    this.type = type;
    this.mode = mode;
  }

  @Override
  public Object deserializeKey(String key, DeserializationContext context) throws IOException {
    return CodeReader.of(type)
        .resolve(
            key,
            mode == ReadMode.LENIENT,
            (message, suggestions) -> {
              throw context.weirdKeyException(type, key, message);
            });
  }
}
