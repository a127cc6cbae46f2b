package org.migrationmodel.json.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.migrationmodel.taxonomy.Catalogue;
import org.migrationmodel.taxonomy.SupportedLanguage;
import org.migrationmodel.taxonomy.Term;
import org.migrationmodel.taxonomy.Vocabulary;

/**
 * Writes a catalogue as JSON, the way IATI publishes its codelists: the version, then every
 * vocabulary with each term's code, labels by language, description, status and lifecycle, and the
 * area of each activity and the number of each theme.
 */
public final class CatalogueJsonWriter {
  private CatalogueJsonWriter() {}

  /** The catalogue as indented JSON text, ending with a line end. */
  public static String write(Catalogue catalogue) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (JsonGenerator generator = JsonFactories.generator(out, true)) {
      generator.writeStartObject();
      generator.writeStringField("version", catalogue.version());
      generator.writeArrayFieldStart("vocabularies");
      for (Vocabulary<?> vocabulary : catalogue.vocabularies()) {
        generator.writeStartObject();
        generator.writeStringField("id", vocabulary.id());
        generator.writeArrayFieldStart("terms");
        for (Term term : vocabulary.terms()) {
          term(generator, TermRow.of(term, catalogue));
        }
        generator.writeEndArray();
        generator.writeEndObject();
      }
      generator.writeEndArray();
      generator.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString(StandardCharsets.UTF_8) + "\n";
  }

  private static void term(JsonGenerator generator, TermRow row) throws IOException {
    generator.writeStartObject();
    generator.writeStringField("code", row.code());
    generator.writeObjectFieldStart("labels");
    for (Map.Entry<SupportedLanguage, String> label : row.labels().entrySet()) {
      generator.writeStringField(label.getKey().tag(), label.getValue());
    }
    generator.writeEndObject();
    generator.writeStringField("description", row.description());
    generator.writeStringField("status", row.status());
    generator.writeStringField("introducedIn", row.introducedIn());
    if (row.withdrawnIn().isPresent()) {
      generator.writeStringField("withdrawnIn", row.withdrawnIn().get());
    }
    if (row.area().isPresent()) {
      generator.writeStringField("area", row.area().get());
    }
    if (row.number().isPresent()) {
      generator.writeNumberField("number", row.number().get());
    }
    generator.writeEndObject();
  }
}
