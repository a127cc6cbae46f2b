package org.migrationmodel.json.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.google.common.collect.ImmutableList;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.migrationmodel.taxonomy.Activity;
import org.migrationmodel.taxonomy.Agency;
import org.migrationmodel.taxonomy.Area;
import org.migrationmodel.taxonomy.Catalogue;
import org.migrationmodel.taxonomy.CountryRole;
import org.migrationmodel.taxonomy.CrossCuttingActivity;
import org.migrationmodel.taxonomy.Driver;
import org.migrationmodel.taxonomy.Modality;
import org.migrationmodel.taxonomy.PopulationGroup;
import org.migrationmodel.taxonomy.Term;
import org.migrationmodel.taxonomy.Theme;
import org.migrationmodel.taxonomy.Vocabulary;

/**
 * Writes the JSON Schema (draft 2020-12) of a programme document, as strict as a strict reader: no
 * members beyond the format's, codes from their vocabularies, dates as YYYY-MM-DD, no nulls. It is
 * built from the same member list as the decoder and the encoder.
 */
public final class SchemaWriter {
  private static final String DATE = "date";

  private SchemaWriter() {}

  /** How a member's value looks in the schema. */
  private record Shape(String type, String definition, boolean list) {
    static Shape type(String type) {
      return new Shape(type, null, false);
    }

    static Shape definition(String definition) {
      return new Shape(null, definition, false);
    }

    static Shape listOf(String definition) {
      return new Shape(null, definition, true);
    }

    static Shape definition(Vocabulary<?> vocabulary) {
      return definition(vocabulary.id());
    }

    static Shape listOf(Vocabulary<?> vocabulary) {
      return listOf(vocabulary.id());
    }
  }

  /** The schema as indented JSON text, ending with a line end. */
  public static String write() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (JsonGenerator generator = JsonFactories.generator(out, true)) {
      generator.writeStartObject();
      generator.writeStringField("$schema", "https://json-schema.org/draft/2020-12/schema");
      generator.writeStringField("title", "Migration programme");
      generator.writeStringField(
          "description",
          "A migration programme classified against IOM's managing-migration model, as a"
              + " document of model version "
              + ModelVersion.SUPPORTED_MAJOR
              + ".x. Codes are those of catalogue "
              + Catalogue.standard().version()
              + ".");
      objectBody(generator, DocumentObject.PROGRAMME);
      generator.writeObjectFieldStart("$defs");
      for (DocumentObject object : DocumentObject.values()) {
        if (object != DocumentObject.PROGRAMME) {
          generator.writeObjectFieldStart(object.noun());
          objectBody(generator, object);
          generator.writeEndObject();
        }
      }
      generator.writeObjectFieldStart(DATE);
      generator.writeStringField("type", "string");
      generator.writeStringField("pattern", "^[0-9]{4}-[0-9]{2}-[0-9]{2}$");
      generator.writeStringField("format", "date");
      generator.writeEndObject();
      for (Vocabulary<?> vocabulary : Catalogue.standard().vocabularies()) {
        generator.writeObjectFieldStart(vocabulary.id());
        generator.writeStringField("type", "string");
        generator.writeArrayFieldStart("enum");
        for (Term term : vocabulary.terms()) {
          generator.writeString(term.code());
        }
        generator.writeEndArray();
        generator.writeEndObject();
      }
      generator.writeEndObject();
      generator.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString(StandardCharsets.UTF_8) + "\n";
  }

  private static void objectBody(JsonGenerator generator, DocumentObject object)
      throws IOException {
    generator.writeStringField("type", "object");
    generator.writeObjectFieldStart("properties");
    for (Member member : object.members()) {
      generator.writeObjectFieldStart(member.jsonName());
      value(generator, member);
      generator.writeEndObject();
    }
    generator.writeEndObject();
    ImmutableList<String> required =
        object.members().stream()
            .filter(Member::required)
            .map(Member::jsonName)
            .collect(ImmutableList.toImmutableList());
    if (!required.isEmpty()) {
      generator.writeArrayFieldStart("required");
      for (String name : required) {
        generator.writeString(name);
      }
      generator.writeEndArray();
    }
    generator.writeBooleanField("additionalProperties", false);
  }

  private static void value(JsonGenerator generator, Member member) throws IOException {
    if (member == Member.MODEL_VERSION) {
      generator.writeStringField("type", "string");
      generator.writeStringField("pattern", "^" + ModelVersion.SUPPORTED_MAJOR + "\\.[0-9]+$");
      return;
    }
    Shape shape = shape(member);
    if (shape.type() != null) {
      generator.writeStringField("type", shape.type());
    } else if (shape.list()) {
      generator.writeStringField("type", "array");
      generator.writeObjectFieldStart("items");
      generator.writeStringField("$ref", "#/$defs/" + shape.definition());
      generator.writeEndObject();
    } else {
      generator.writeStringField("$ref", "#/$defs/" + shape.definition());
    }
  }

  // A switch expression, so that a member added to the format does not compile until it is here.
  private static Shape shape(Member member) {
    return switch (member) {
      case MODEL_VERSION, ID, TITLE, DESCRIPTION, CODE, CURRENCY -> Shape.type("string");
      case TOTAL, SHARE -> Shape.type("number");
      case START, END -> Shape.definition(DATE);
      case PERIOD -> Shape.definition(DocumentObject.PERIOD.noun());
      case CLASSIFICATION -> Shape.definition(DocumentObject.CLASSIFICATION.noun());
      case BUDGET -> Shape.definition(DocumentObject.BUDGET.noun());
      case COUNTRIES -> Shape.listOf(DocumentObject.COUNTRY.noun());
      case ALLOCATIONS -> Shape.listOf(DocumentObject.ALLOCATION.noun());
      case ROLE -> Shape.definition(CountryRole.VOCABULARY);
      case PRIMARY_ACTIVITY, ACTIVITY -> Shape.definition(Activity.VOCABULARY);
      case DECLARED_PRIMARY_AREA -> Shape.definition(Area.VOCABULARY);
      case SECONDARY_ACTIVITIES -> Shape.listOf(Activity.VOCABULARY);
      case CROSS_CUTTING_ACTIVITIES -> Shape.listOf(CrossCuttingActivity.VOCABULARY);
      case THEMES -> Shape.listOf(Theme.VOCABULARY);
      case MODALITIES -> Shape.listOf(Modality.VOCABULARY);
      case DRIVERS -> Shape.listOf(Driver.VOCABULARY);
      case TARGET_GROUPS -> Shape.listOf(PopulationGroup.VOCABULARY);
      case PARTNERS -> Shape.listOf(Agency.VOCABULARY);
    };
  }
}
