package org.migrationmodel.taxonomy;

import java.util.Optional;

/** The part a country plays in a programme. */
public enum CountryRole implements Term {
  /** Country of origin. */
  ORIGIN,
  /** Country of transit. */
  TRANSIT,
  /** Country of destination. */
  DESTINATION,
  /** Country hosting refugees or displaced persons. */
  HOST,
  /** Country of return. */
  RETURN;

  /** The vocabulary of country roles. */
  public static final Vocabulary<CountryRole> VOCABULARY =
      Vocabulary.of("countryRole", CountryRole.class);

  @Override
  public Vocabulary<CountryRole> vocabulary() {
    return VOCABULARY;
  }

  /**
   * Returns the country role with a code, tolerant of case and of {@code -} or space for {@code _}.
   *
   * @param code the code; not null
   * @return the country role, never null
   * @throws UnknownCodeException when no country role has that code; it names the closest codes
   */
  public static CountryRole of(String code) {
    return VOCABULARY.of(code);
  }

  /**
   * Finds the country role with a code, tolerant of case and of {@code -} or space for {@code _}.
   *
   * @param code the code; not null
   * @return the country role, or empty when none has that code
   */
  public static Optional<CountryRole> find(String code) {
    return VOCABULARY.find(code);
  }
}
