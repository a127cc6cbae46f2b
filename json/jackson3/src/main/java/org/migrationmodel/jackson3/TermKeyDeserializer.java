package org.migrationmodel.jackson3;

import org.migrationmodel.json.ReadMode;
import org.migrationmodel.taxonomy.Term;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.KeyDeserializer;

/**
 * Reads a map key as a term's code under a {@link ReadMode}'s rules, as values are read. A code
 * that is refused goes to the mapper's problem handlers and, if none gives a key, fails with
 * Jackson's {@code InvalidFormatException}, whose message names the closest valid codes.
 *
 * @param <T> the vocabulary's term type
 */
final class TermKeyDeserializer<T extends Enum<T> & Term> extends KeyDeserializer {
  private final Class<T> type;
  private final ReadMode mode;

  TermKeyDeserializer(Class<T> type, ReadMode mode) {
    this.type = type;
    this.mode = mode;
  }

  @Override
  public Object deserializeKey(String key, DeserializationContext context) {
    CodeResolution<T> resolution = CodeResolution.of(type, key, mode);
    if (resolution.refusal() != null) {
      // The sentence goes in as an argument, since the key it quotes may hold a '%'.
      return context.handleWeirdKey(type, key, "%s", resolution.refusal());
    }
    return resolution.term();
  }
}
