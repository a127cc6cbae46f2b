package org.migrationmodel.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;
import org.migrationmodel.suggester.Suggester;
import org.migrationmodel.taxonomy.Activity;
import org.migrationmodel.taxonomy.SupportedLanguage;
import org.migrationmodel.text.TermSuggestion;
import org.migrationmodel.text.TextClassification;

/**
 * One text record of {@code suggest}: a title, a description, the language when given and the
 * primary activity it was filed under, with the JSON its suggestions are written as. The validation
 * service answers its suggest endpoint with the same JSON, so that the two cannot drift.
 *
 * @param id the record's {@code id}, when it has a text one
 * @param title the title
 * @param description the description, empty when the record has none
 * @param language the language given by the record or the caller; empty to detect it
 * @param primaryActivity the known activity the record is filed under, if any; an unknown code is
 *     not judged
 */
public record SuggestionRecord(
    Optional<String> id,
    String title,
    String description,
    Optional<SupportedLanguage> language,
    Optional<Activity> primaryActivity) {

  /**
   * Reads a record: a JSON object with a text {@code title}, at most a text {@code description},
   * optionally {@code id}, {@code lang} ({@code en}, {@code fr} or {@code es}) and {@code
   * classification.primaryActivity}; a programme document is such a record.
   *
   * @param node the record
   * @param fallback the language of a record that gives none; empty to detect it
   * @return the record
   * @throws IllegalArgumentException when the record has no text title, a description that is not
   *     text, or a language the suggester does not read; the message says which, as a sentence
   */
  public static SuggestionRecord read(JsonNode node, Optional<SupportedLanguage> fallback) {
    JsonNode title = node.get("title");
    JsonNode description = node.path("description");
    if (title == null
        || !title.isTextual()
        || !(description.isMissingNode() || description.isTextual())) {
      throw new IllegalArgumentException(
          "The record needs a text \"title\" and at most a text \"description\".");
    }
    JsonNode lang = node.get("lang");
    Optional<SupportedLanguage> language =
        lang == null ? fallback : Optional.of(language(lang.asText()));
    Optional<String> id =
        node.path("id").isTextual() ? Optional.of(node.get("id").asText()) : Optional.empty();
    return new SuggestionRecord(
        id, title.asText(), description.asText(""), language, primaryActivity(node));
  }

  /**
   * A language by its tag.
   *
   * @param tag {@code en}, {@code fr} or {@code es}, in any case
   * @return the language
   * @throws IllegalArgumentException for any other tag
   */
  public static SupportedLanguage language(String tag) {
    for (SupportedLanguage candidate : SupportedLanguage.values()) {
      if (candidate.tag().equalsIgnoreCase(tag)) {
        return candidate;
      }
    }
    throw new IllegalArgumentException(
        "Unknown language '" + tag + "'; the suggester reads en, fr and es.");
  }

  /** The record's primary activity, when it names a known one; anything else is not judged. */
  private static Optional<Activity> primaryActivity(JsonNode node) {
    JsonNode code = node.path("classification").path("primaryActivity");
    if (!code.isTextual()) {
      return Optional.empty();
    }
    try {
      return Optional.of(Activity.valueOf(code.asText()));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  /**
   * The classification of the record's text, in its language when it has one.
   *
   * @param suggester the suggester
   * @return the classification
   */
  public TextClassification suggest(Suggester suggester) {
    return language.isPresent()
        ? suggester.classify(title, description, language.get())
        : suggester.classify(title, description);
  }

  /**
   * Whether the classification contradicts the activity the record is filed under.
   *
   * @param classification the record's classification
   * @return true when the record has a primary activity that the text contradicts
   */
  public boolean disagrees(TextClassification classification) {
    return primaryActivity.isPresent() && classification.contradicts(primaryActivity.get());
  }

  /**
   * The record's classification as {@code suggest --format json} writes it: source, record number,
   * id, the language identified and whether it was read, whether the text is about migration,
   * whether the first activity is confident, the primary activity and whether the text disagrees
   * with it, then the first {@code top} activities and every cross-cutting activity and target
   * group, each with its confidence to two decimals and its evidence.
   *
   * @param mapper makes the nodes
   * @param source where the record came from, such as a file name
   * @param record the record's number in its source, from 1
   * @param classification the record's classification
   * @param top how many activities to write, 1 or more
   * @return the JSON object
   */
  public ObjectNode toJson(
      ObjectMapper mapper, String source, int record, TextClassification classification, int top) {
    ObjectNode result = mapper.createObjectNode();
    result.put("source", source);
    result.put("record", record);
    id.ifPresent(value -> result.put("id", value));
    result.put("lang", classification.languageTag());
    result.put("languageRead", classification.language().isPresent());
    result.put("aboutMigration", classification.aboutMigration());
    result.put("confident", classification.isConfident());
    primaryActivity.ifPresent(
        activity -> {
          result.put("primaryActivity", activity.code());
          result.put("disagrees", disagrees(classification));
        });
    result.set("suggestions", array(mapper, classification.activities(), top, "activity"));
    result.set(
        "crossCuttingActivities",
        array(mapper, classification.crossCuttingActivities(), Integer.MAX_VALUE, "code"));
    result.set(
        "targetGroups", array(mapper, classification.targetGroups(), Integer.MAX_VALUE, "code"));
    return result;
  }

  private static ArrayNode array(
      ObjectMapper mapper, List<? extends TermSuggestion<?>> suggestions, int limit, String key) {
    ArrayNode array = mapper.createArrayNode();
    suggestions.stream()
        .limit(limit)
        .forEach(
            suggestion -> {
              ObjectNode entry = array.addObject();
              entry.put(key, suggestion.term().code());
              entry.put(
                  "confidence",
                  BigDecimal.valueOf(suggestion.confidence()).setScale(2, RoundingMode.HALF_UP));
              ArrayNode evidence = entry.putArray("evidence");
              suggestion.evidence().forEach(evidence::add);
            });
    return array;
  }
}
