package org.migrationmodel.iati;

/** Where an imported programme's classification comes from. */
public enum ClassificationSource {
  /** Read from the vocabulary-99 sectors and tags this library writes: exactly as exported. */
  WRITTEN,
  /**
   * Proposed from the activity's own codes (the publisher's vocabulary, DAC sectors, SDG targets)
   * and text: a suggestion to confirm, with {@link ImportedActivity#proposals()} as its evidence.
   */
  PROPOSED,
  /**
   * The activity does not appear to be about migration: none of its codes is migration evidence, so
   * nothing is proposed and the classification is empty; an {@link IatiProblem#NOT_MIGRATION}
   * finding says what was looked at.
   */
  NONE
}
