package org.migrationmodel.taxonomy;

import java.util.Optional;

/**
 * The five themes that IOM suggested for the High-Level Dialogue, numbered as in section B of the
 * source document.
 */
public enum Theme implements Term {
  /** Theme 1: a comprehensive and cooperative approach to migration management. */
  COMPREHENSIVE_MIGRATION_MANAGEMENT(1),
  /** Theme 2: understanding and dialogue through regional consultative processes. */
  REGIONAL_CONSULTATIVE_PROCESSES(2),
  /** Theme 3: the two-way link between migration and sustainable development. */
  MIGRATION_AND_SUSTAINABLE_DEVELOPMENT(3),
  /** Theme 4: effective regimes to protect the human rights of migrants. */
  MIGRANTS_HUMAN_RIGHTS(4),
  /** Theme 5: migration linked to economic, social, labour, trade, health and security policy. */
  POLICY_COHERENCE(5);

  /** The vocabulary of themes. */
  public static final Vocabulary<Theme> VOCABULARY = Vocabulary.of("theme", Theme.class);

  private final int number;

  Theme(int number) {
    this.number = number;
  }

  /**
   * The theme's number in section B of the source document, from 1 to 5.
   *
   * @return the number
   */
  public int number() {
    return number;
  }

  @Override
  public Vocabulary<Theme> vocabulary() {
    return VOCABULARY;
  }

  /**
   * Returns the theme with a number.
   *
   * @param number from 1 to 5
   * @return the theme, never null
   * @throws IllegalArgumentException when the number is not from 1 to 5
   */
  public static Theme ofNumber(int number) {
    for (Theme theme : values()) {
      if (theme.number == number) {
        return theme;
      }
    }
    throw new IllegalArgumentException("Theme number must be from 1 to 5, not " + number);
  }

  /**
   * Returns the theme with a code, tolerant of case and of {@code -} or space for {@code _}.
   *
   * @param code the code; not null
   * @return the theme, never null
   * @throws UnknownCodeException when no theme has that code; it names the closest codes
   */
  public static Theme of(String code) {
    return VOCABULARY.of(code);
  }

  /**
   * Finds the theme with a code, tolerant of case and of {@code -} or space for {@code _}.
   *
   * @param code the code; not null
   * @return the theme, or empty when none has that code
   */
  public static Optional<Theme> find(String code) {
    return VOCABULARY.find(code);
  }
}
