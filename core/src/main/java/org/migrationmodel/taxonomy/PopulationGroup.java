package org.migrationmodel.taxonomy;

import java.util.Optional;

/**
 * The groups of people a programme serves, from the categories of migrants and communities the
 * source document names.
 */
public enum PopulationGroup implements Term {
  /** Migrant workers. */
  MIGRANT_WORKERS,
  /** Highly skilled migrants. */
  HIGHLY_SKILLED_MIGRANTS,
  /** Students and trainees. */
  STUDENTS_AND_TRAINEES,
  /** Family members of migrants. */
  FAMILY_MEMBERS,
  /** Business migrants. */
  BUSINESS_MIGRANTS,
  /** Diaspora. */
  DIASPORA,
  /** Returnees. */
  RETURNEES,
  /** Refugees. */
  REFUGEES,
  /** Asylum seekers. */
  ASYLUM_SEEKERS,
  /** Internally displaced persons. */
  INTERNALLY_DISPLACED_PERSONS,
  /** Stranded migrants. */
  STRANDED_MIGRANTS,
  /** Victims of trafficking. */
  VICTIMS_OF_TRAFFICKING,
  /** Smuggled migrants. */
  SMUGGLED_MIGRANTS,
  /** Former combatants. */
  FORMER_COMBATANTS,
  /** Host communities. */
  HOST_COMMUNITIES,
  /** Communities of origin. */
  COMMUNITIES_OF_ORIGIN,
  /** Prospective migrants. */
  PROSPECTIVE_MIGRANTS,
  /** Government officials. */
  GOVERNMENT_OFFICIALS;

  /** The vocabulary of population groups. */
  public static final Vocabulary<PopulationGroup> VOCABULARY =
      Vocabulary.of("populationGroup", PopulationGroup.class);

  @Override
  public Vocabulary<PopulationGroup> vocabulary() {
    return VOCABULARY;
  }

  /**
   * Returns the population group with a code, tolerant of case and of {@code -} or space for {@code
   * _}.
   *
   * @param code the code; not null
   * @return the population group, never null
   * @throws UnknownCodeException when no population group has that code; it names the closest codes
   */
  public static PopulationGroup of(String code) {
    return VOCABULARY.of(code);
  }

  /**
   * Finds the population group with a code, tolerant of case and of {@code -} or space for {@code
   * _}.
   *
   * @param code the code; not null
   * @return the population group, or empty when none has that code
   */
  public static Optional<PopulationGroup> find(String code) {
    return VOCABULARY.find(code);
  }
}
