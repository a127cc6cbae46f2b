package org.migrationmodel.taxonomy;

import java.util.Optional;

/**
 * The nine cross-cutting activities of the managing-migration model, which apply across all four
 * areas, in the order of the source document's annex.
 */
public enum CrossCuttingActivity implements Term {
  /** Technical Cooperation &amp; Capacity Building. */
  TECHNICAL_COOPERATION_AND_CAPACITY_BUILDING,
  /** Migrants' Rights and International Migration Law. */
  MIGRANTS_RIGHTS_AND_INTERNATIONAL_MIGRATION_LAW,
  /** Data and Research. */
  DATA_AND_RESEARCH,
  /** Policy Debate and Guidance. */
  POLICY_DEBATE_AND_GUIDANCE,
  /** Regional and International Cooperation. */
  REGIONAL_AND_INTERNATIONAL_COOPERATION,
  /** Public Information and Education. */
  PUBLIC_INFORMATION_AND_EDUCATION,
  /** Migration Health. */
  MIGRATION_HEALTH,
  /** Gender Dimension. */
  GENDER_DIMENSION,
  /** Integration and Reintegration. */
  INTEGRATION_AND_REINTEGRATION;

  /** The vocabulary of cross-cutting activitys. */
  public static final Vocabulary<CrossCuttingActivity> VOCABULARY =
      Vocabulary.of("crossCuttingActivity", CrossCuttingActivity.class);

  @Override
  public Vocabulary<CrossCuttingActivity> vocabulary() {
    return VOCABULARY;
  }

  /**
   * Returns the cross-cutting activity with a code, tolerant of case and of {@code -} or space for
   * {@code _}.
   *
   * @param code the code; not null
   * @return the cross-cutting activity, never null
   * @throws UnknownCodeException when no cross-cutting activity has that code; it names the closest
   *     codes
   */
  public static CrossCuttingActivity of(String code) {
    return VOCABULARY.of(code);
  }

  /**
   * Finds the cross-cutting activity with a code, tolerant of case and of {@code -} or space for
   * {@code _}.
   *
   * @param code the code; not null
   * @return the cross-cutting activity, or empty when none has that code
   */
  public static Optional<CrossCuttingActivity> find(String code) {
    return VOCABULARY.find(code);
  }
}
