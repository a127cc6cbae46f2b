package org.migrationmodel.json.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.migrationmodel.crosswalk.Crosswalk;
import org.migrationmodel.crosswalk.Framework;
import org.migrationmodel.crosswalk.GcmObjective;
import org.migrationmodel.crosswalk.Link;
import org.migrationmodel.crosswalk.Target;
import org.migrationmodel.taxonomy.Term;

/**
 * Writes a crosswalk as JSON: its version, every framework with its targets, every link, the terms
 * outside the GCM with their reasons, and the GCM objectives nothing serves.
 */
public final class CrosswalkJsonWriter {
  private CrosswalkJsonWriter() {}

  /** The crosswalk as indented JSON text, ending with a line end. */
  public static String write(Crosswalk crosswalk) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (JsonGenerator generator = JsonFactories.generator(out, true)) {
      generator.writeStartObject();
      generator.writeStringField("version", crosswalk.version());
      frameworks(generator);
      generator.writeArrayFieldStart("links");
      for (Link link : crosswalk.links()) {
        generator.writeStartObject();
        source(generator, link.source());
        generator.writeStringField("framework", link.target().framework().id());
        generator.writeStringField("target", link.target().code());
        generator.writeStringField("strength", link.strength().name());
        generator.writeStringField("justification", link.justification());
        generator.writeEndObject();
      }
      generator.writeEndArray();
      generator.writeArrayFieldStart("outsideGcm");
      for (Map.Entry<Term, String> outside : crosswalk.outsideGcmReasons().entrySet()) {
        generator.writeStartObject();
        source(generator, outside.getKey());
        generator.writeStringField("reason", outside.getValue());
        generator.writeEndObject();
      }
      generator.writeEndArray();
      generator.writeArrayFieldStart("gcmGaps");
      for (GcmObjective gap : crosswalk.gcmGaps()) {
        generator.writeString(gap.code());
      }
      generator.writeEndArray();
      generator.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString(StandardCharsets.UTF_8) + "\n";
  }

  private static void frameworks(JsonGenerator generator) throws IOException {
    generator.writeArrayFieldStart("frameworks");
    for (Framework framework : Framework.values()) {
      generator.writeStartObject();
      generator.writeStringField("id", framework.id());
      generator.writeStringField("title", framework.title());
      generator.writeArrayFieldStart("targets");
      for (Target target : framework.targets()) {
        generator.writeStartObject();
        generator.writeStringField("code", target.code());
        generator.writeStringField("title", target.title());
        if (target instanceof GcmObjective objective) {
          generator.writeStringField("shortLabel", objective.shortLabel());
        }
        generator.writeEndObject();
      }
      generator.writeEndArray();
      generator.writeEndObject();
    }
    generator.writeEndArray();
  }

  private static void source(JsonGenerator generator, Term term) throws IOException {
    generator.writeStringField("vocabulary", term.vocabulary().id());
    generator.writeStringField("code", term.code());
  }
}
