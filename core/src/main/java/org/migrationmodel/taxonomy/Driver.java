package org.migrationmodel.taxonomy;

import java.util.Optional;

/**
 * The push and pull factors behind population movements that section A of the source document
 * names.
 */
public enum Driver implements Term {
  /** Persecution. */
  PERSECUTION,
  /** Natural disasters. */
  NATURAL_DISASTER,
  /** Insecurity. */
  INSECURITY,
  /** (Relative) lack of economic opportunity. */
  LACK_OF_ECONOMIC_OPPORTUNITY,
  /** Environmental degradation or disaster. */
  ENVIRONMENTAL_DEGRADATION,
  /** Sea level rise. */
  SEA_LEVEL_RISE,
  /** Shortages of water or services. */
  WATER_OR_SERVICE_SHORTAGE,
  /** The attraction of urban areas for rural populations. */
  URBAN_ATTRACTION;

  /** The vocabulary of drivers. */
  public static final Vocabulary<Driver> VOCABULARY = Vocabulary.of("driver", Driver.class);

  @Override
  public Vocabulary<Driver> vocabulary() {
    return VOCABULARY;
  }

  /**
   * Returns the driver with a code, tolerant of case and of {@code -} or space for {@code _}.
   *
   * @param code the code; not null
   * @return the driver, never null
   * @throws UnknownCodeException when no driver has that code; it names the closest codes
   */
  public static Driver of(String code) {
    return VOCABULARY.of(code);
  }

  /**
   * Finds the driver with a code, tolerant of case and of {@code -} or space for {@code _}.
   *
   * @param code the code; not null
   * @return the driver, or empty when none has that code
   */
  public static Optional<Driver> find(String code) {
    return VOCABULARY.find(code);
  }
}
