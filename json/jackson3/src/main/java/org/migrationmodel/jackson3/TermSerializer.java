package org.migrationmodel.jackson3;

import org.migrationmodel.taxonomy.Term;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ser.std.StdSerializer;

/**
 * Writes a term as its code, never its ordinal or label, as a value or, as a map key, a member
 * name, whatever the mapper's enum settings.
 *
 * @param <T> the vocabulary's term type
 */
final class TermSerializer<T extends Enum<T> & Term> extends StdSerializer<T> {
  private final boolean asKey;

  private TermSerializer(Class<T> type, boolean asKey) {
    super(type);
    this.asKey = asKey;
  }

  static <T extends Enum<T> & Term> TermSerializer<T> forValues(Class<T> type) {
    return new TermSerializer<>(type, false);
  }

  static <T extends Enum<T> & Term> TermSerializer<T> forKeys(Class<T> type) {
    return new TermSerializer<>(type, true);
  }

  @Override
  public void serialize(T term, JsonGenerator generator, SerializationContext context) {
    if (asKey) {
      generator.writeName(term.code());
    } else {
      generator.writeString(term.code());
    }
  }
}
