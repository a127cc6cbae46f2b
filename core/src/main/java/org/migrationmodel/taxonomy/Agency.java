package org.migrationmodel.taxonomy;

import java.util.Optional;

/**
 * The agencies of the Geneva Migration Group that theme 5 of the source document names, as partners
 * of a programme.
 */
public enum Agency implements Term {
  /** International Organization for Migration. */
  IOM,
  /** International Labour Organization. */
  ILO,
  /** United Nations Conference on Trade and Development. */
  UNCTAD,
  /** Office of the United Nations High Commissioner for Refugees. */
  UNHCR,
  /** Office of the UN High Commissioner for Human Rights (the source document's UNHCHR). */
  OHCHR,
  /** United Nations Office on Drugs and Crime. */
  UNODC;

  /** The vocabulary of partner agencies. */
  public static final Vocabulary<Agency> VOCABULARY = Vocabulary.of("agency", Agency.class);

  @Override
  public Vocabulary<Agency> vocabulary() {
    return VOCABULARY;
  }

  /**
   * Returns the agency with a code, tolerant of case and of {@code -} or space for {@code _}.
   *
   * @param code the code; not null
   * @return the agency, never null
   * @throws UnknownCodeException when no agency has that code; it names the closest codes
   */
  public static Agency of(String code) {
    return VOCABULARY.of(code);
  }

  /**
   * Finds the agency with a code, tolerant of case and of {@code -} or space for {@code _}.
   *
   * @param code the code; not null
   * @return the agency, or empty when none has that code
   */
  public static Optional<Agency> find(String code) {
    return VOCABULARY.find(code);
  }
}
