package org.migrationmodel.json;

import com.fasterxml.jackson.databind.module.SimpleModule;
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

/**
 * The Jackson module of the managing-migration model: it reads and writes every taxonomy term by
 * its code, as a value and as a map key, whatever the mapper's settings for enums, and every
 * programme type in the document format of {@code docs/json-format.md}, with the same decoder and
 * encoder as {@link ProgrammeReader} and {@link ProgrammeWriter}.
 *
 * <pre>{@code
 * ObjectMapper mapper = new ObjectMapper().registerModule(new MigrationModelModule());
 * Programme programme = mapper.readValue(json, Programme.class);
 * }</pre>
 *
 * <p>{@code ObjectMapper.findAndRegisterModules()} finds the module (in strict mode) through {@code
 * META-INF/services} on the class path and {@code provides} on the module path.
 *
 * <p>A value that does not read cleanly fails with an {@link InvalidProgrammeJsonException} that
 * carries every problem as a finding; a term with an unknown code fails with Jackson's {@code
 * InvalidFormatException}. The module uses the limits of the caller's {@code ObjectMapper}: for
 * untrusted input, prefer a {@link ProgrammeReader}, which sets safe limits of its own.
 *
 * <p>Jackson registers a module type once per mapper, so register either a strict or a lenient
 * module, not both. The module is immutable and serializable, like Jackson's own.
 */
public final class MigrationModelModule extends SimpleModule {
  private static final long serialVersionUID = 1L;

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
    addSerializer(vocabulary.type(), new TermSerializer<>(vocabulary.type()));
    addDeserializer(vocabulary.type(), new TermDeserializer<>(vocabulary.type(), mode));
    addKeySerializer(vocabulary.type(), new TermKeySerializer<>(vocabulary.type()));
    addKeyDeserializer(vocabulary.type(), new TermKeyDeserializer<>(vocabulary.type(), mode));
  }

  private <T> void add(
      Class<T> type,
      ReadMode mode,
      EncodingSerializer.Encoder<T> encoder,
      DecodingDeserializer.Decoder<T> decoder) {
    addSerializer(type, new EncodingSerializer<>(type, encoder));
    addDeserializer(type, new DecodingDeserializer<>(type, mode, decoder));
  }
}
