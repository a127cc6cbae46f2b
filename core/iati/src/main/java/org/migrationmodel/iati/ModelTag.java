package org.migrationmodel.iati;

import java.util.Optional;
import org.migrationmodel.taxonomy.Activity;
import org.migrationmodel.taxonomy.Area;
import org.migrationmodel.taxonomy.CrossCuttingActivity;
import org.migrationmodel.taxonomy.Driver;
import org.migrationmodel.taxonomy.Modality;
import org.migrationmodel.taxonomy.PopulationGroup;
import org.migrationmodel.taxonomy.Theme;
import org.migrationmodel.taxonomy.Vocabulary;

/**
 * The parts of a classification, and the countries' roles, that this library writes as IATI tags of
 * vocabulary 99 (the reporting organisation's own), one {@code vocabulary-uri} each. The model's
 * activities themselves are sectors of vocabulary 99, under {@link #ACTIVITY_SECTORS}.
 */
enum ModelTag {
  PRIMARY_ACTIVITY("primary-activity", Activity.VOCABULARY),
  DECLARED_PRIMARY_AREA("declared-primary-area", Area.VOCABULARY),
  CROSS_CUTTING_ACTIVITY("cross-cutting-activities", CrossCuttingActivity.VOCABULARY),
  THEME("themes", Theme.VOCABULARY),
  MODALITY("modalities", Modality.VOCABULARY),
  DRIVER("drivers", Driver.VOCABULARY),
  TARGET_GROUP("target-groups", PopulationGroup.VOCABULARY),
  /** Codes are a country code, a colon and a role, such as {@code ML:RETURN}. */
  COUNTRY_ROLE("country-roles", null),
  /**
   * Code {@link #EQUAL_SHARES}: the percentages of the activity sectors are equal shares the
   * exporter assumed for a programme without allocations, not allocations.
   */
  SHARES_ASSUMED("shares-assumed", null);

  /** The code of the {@link #SHARES_ASSUMED} tag. */
  static final String EQUAL_SHARES = "EQUAL";

  /** Where the vocabularies are described; each vocabulary is a section of that page. */
  static final String BASE_URI =
      "https://github.com/migration-model/migration-model/blob/main/docs/iati.md";

  /** The {@code vocabulary-uri} of the model's activities as sectors of vocabulary 99. */
  static final String ACTIVITY_SECTORS = BASE_URI + "#activities";

  private final String uri;
  private final Vocabulary<?> vocabulary;

  ModelTag(String anchor, Vocabulary<?> vocabulary) {
    this.uri = BASE_URI + "#" + anchor;
    this.vocabulary = vocabulary;
  }

  String uri() {
    return uri;
  }

  /** The vocabulary of the tag's codes; empty for country roles and assumed shares. */
  Optional<Vocabulary<?>> vocabulary() {
    return Optional.ofNullable(vocabulary);
  }

  static Optional<ModelTag> ofUri(String uri) {
    for (ModelTag tag : values()) {
      if (tag.uri.equals(uri)) {
        return Optional.of(tag);
      }
    }
    return Optional.empty();
  }
}
