package org.migrationmodel.suggester;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.common.collect.ImmutableList;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.migrationmodel.taxonomy.Activity;
import org.migrationmodel.taxonomy.SupportedLanguage;

/**
 * The labelled programme descriptions in {@code labelled-programmes.ndjson}: written for this
 * project, each with the activity a person would file it under. Records 01-30 of each language were
 * written first and are the development split used to tune the phrase list; 31-60 were written
 * afterwards and are held out.
 */
final class LabelledSet {
  static final String RESOURCE = "labelled-programmes.ndjson";

  private LabelledSet() {}

  /** One labelled description. */
  record Programme(
      String id,
      SupportedLanguage language,
      boolean heldOut,
      Activity expected,
      String title,
      String description) {}

  static ImmutableList<Programme> read() {
    ObjectMapper mapper = new ObjectMapper();
    ImmutableList.Builder<Programme> programmes = ImmutableList.builder();
    InputStream in = LabelledSet.class.getResourceAsStream(RESOURCE);
    try (BufferedReader reader =
        new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = reader.readLine()) != null) {
        if (line.isBlank()) {
          continue;
        }
        JsonNode node = mapper.readTree(line);
        programmes.add(
            new Programme(
                node.get("id").asText(),
                language(node.get("lang").asText()),
                node.get("split").asText().equals("holdout"),
                Activity.valueOf(node.get("expected").asText()),
                node.get("title").asText(),
                node.get("description").asText()));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return programmes.build();
  }

  private static SupportedLanguage language(String tag) {
    for (SupportedLanguage language : SupportedLanguage.values()) {
      if (language.tag().equals(tag)) {
        return language;
      }
    }
    throw new IllegalArgumentException("Unknown language " + tag);
  }
}
