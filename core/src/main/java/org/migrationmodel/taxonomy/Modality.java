package org.migrationmodel.taxonomy;

import java.util.Optional;

/**
 * How a programme works: the kinds of "IOM's own activities" that the source document says fall
 * within each of the four areas, completed by direct assistance to migrants.
 */
public enum Modality implements Term {
  /** Policy guidance. */
  POLICY_GUIDANCE,
  /** Research. */
  RESEARCH,
  /** Promoting international cooperation. */
  INTERNATIONAL_COOPERATION,
  /** Capacity building. */
  CAPACITY_BUILDING,
  /** Technical cooperation. */
  TECHNICAL_COOPERATION,
  /** Services delivered to migrants themselves: movement, return, resettlement. */
  DIRECT_ASSISTANCE;

  /** The vocabulary of modalitys. */
  public static final Vocabulary<Modality> VOCABULARY = Vocabulary.of("modality", Modality.class);

  @Override
  public Vocabulary<Modality> vocabulary() {
    return VOCABULARY;
  }

  /**
   * Returns the modality with a code, tolerant of case and of {@code -} or space for {@code _}.
   *
   * @param code the code; not null
   * @return the modality, never null
   * @throws UnknownCodeException when no modality has that code; it names the closest codes
   */
  public static Modality of(String code) {
    return VOCABULARY.of(code);
  }

  /**
   * Finds the modality with a code, tolerant of case and of {@code -} or space for {@code _}.
   *
   * @param code the code; not null
   * @return the modality, or empty when none has that code
   */
  public static Optional<Modality> find(String code) {
    return VOCABULARY.find(code);
  }
}
