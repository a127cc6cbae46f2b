package org.migrationmodel.jackson3;

import java.io.Serializable;
import org.migrationmodel.json.ReadMode;
import org.migrationmodel.json.internal.ProgrammeDecoder;
import org.migrationmodel.json.internal.ProgrammeEncoder;
import org.migrationmodel.programme.Allocation;
import org.migrationmodel.programme.Budget;
import org.migrationmodel.programme.Classification;
import org.migrationmodel.programme.Programme;
import org.migrationmodel.programme.ProgrammeCountry;
import org.migrationmodel.programme.ProgrammePeriod;
import org.migrationmodel.taxonomy.Catalogue;
import org.migrationmodel.taxonomy.Term;
import org.migrationmodel.taxonomy.Vocabulary;
import tools.jackson.databind.module.SimpleModule;

/**
 * The Jackson 3 ({@code tools.jackson}) module of the managing-migration model: the counterpart of
 * {@link org.migrationmodel.json.MigrationModelModule} for Jackson 2, reading and writing the same
 * format. It writes every taxonomy term by its code, as a value and as a map key whatever the
 * mapper's enum settings, and every programme type in the document format of {@code
 * docs/json-format.md}, with the same decoder and encoder as {@link
 * org.migrationmodel.json.ProgrammeReader} and {@link org.migrationmodel.json.ProgrammeWriter}.
 *
 * <pre>{@code
 * JsonMapper mapper = JsonMapper.builder().addModule(new MigrationModelModule()).build();
 * Programme programme = mapper.readValue(json, Programme.class);
 * }</pre>
 *
 * <p>{@code JsonMapper.builder().findAndAddModules()} finds the module (in strict mode) through
 * {@code META-INF/services} on the class path and {@code provides} on the module path.
 *
 * <p>A value that does not read cleanly fails with an {@link InvalidProgrammeJsonException} that
 * carries every problem as a finding; a term with an unknown code, as a value or a map key, fails
 * with Jackson's {@code InvalidFormatException}. The module uses the limits of the caller's mapper:
 * for untrusted input, prefer a {@link org.migrationmodel.json.ProgrammeReader}, which sets safe
 * limits of its own.
 *
 * <p>Jackson registers a module once per mapper, by name, so register either a strict or a lenient
 * module, not both. The module is immutable and serializable, like Jackson's own, so that a mapper
 * that holds it can be serialized; its serialized form is its mode alone.
 */
public final class MigrationModelModule extends SimpleModule {
  private static final long serialVersionUID = 1L;

  /** How the module reads. */
  private final ReadMode mode;

  /** A module that reads strictly. */
  public MigrationModelModule() {
    this(ReadMode.STRICT);
  }

  /**
   * A module that reads in a given mode.
   *
   * @param mode strict or lenient; not null
   */
  public MigrationModelModule(ReadMode mode) {
    super(MigrationModelModule.class.getSimpleName());
    this.mode = mode;
    for (Vocabulary<?> vocabulary : Catalogue.standard().vocabularies()) {
      addTerms(vocabulary, mode);
    }
    add(Programme.class, mode, ProgrammeEncoder::programme, ProgrammeDecoder::programme);
    add(
        Classification.class,
        mode,
        ProgrammeEncoder::classification,
        ProgrammeDecoder::classification);
    add(ProgrammePeriod.class, mode, ProgrammeEncoder::period, ProgrammeDecoder::period);
    add(ProgrammeCountry.class, mode, ProgrammeEncoder::country, ProgrammeDecoder::country);
    add(Budget.class, mode, ProgrammeEncoder::budget, ProgrammeDecoder::budget);
    add(Allocation.class, mode, ProgrammeEncoder::allocation, ProgrammeDecoder::allocation);
  }

  private <T extends Enum<T> & Term> void addTerms(Vocabulary<T> vocabulary, ReadMode mode) {
    Class<T> type = vocabulary.type();
    addSerializer(type, TermSerializer.forValues(type));
    addDeserializer(type, new TermDeserializer<>(type, mode));
    addKeySerializer(type, TermSerializer.forKeys(type));
    addKeyDeserializer(type, new TermKeyDeserializer<>(type, mode));
  }

  private <T> void add(
      Class<T> type,
      ReadMode mode,
      EncodingSerializer.Encoder<T> encoder,
      DecodingDeserializer.Decoder<T> decoder) {
    addSerializer(type, new EncodingSerializer<>(type, encoder));
    addDeserializer(type, new DecodingDeserializer<>(type, mode, decoder));
  }

  /**
   * Serializes the module as its mode: Jackson 3's serializer base classes, unlike Jackson 2's, are
   * not serializable, and the module rebuilds them from the mode.
   *
   * @return the serialized form
   */
  private Object writeReplace() {
    return new SerializedForm(mode);
  }

  /**
   * The serialized form of a module.
   *
   * @param mode how the module reads programmes
   */
  private record SerializedForm(ReadMode mode) implements Serializable {
    private Object readResolve() {
      return new MigrationModelModule(mode);
    }
  }
}
