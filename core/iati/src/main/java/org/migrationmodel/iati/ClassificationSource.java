package org.migrationmodel.iati;

/** Where an imported programme's classification comes from. */
public enum ClassificationSource {
  /** Read from the vocabulary-99 sectors and tags this library writes: exactly as exported. */
  WRITTEN,
  /**
   * Proposed from DAC sectors and text: a suggestion to confirm, with {@link
   * ImportedActivity#proposals()} as its evidence.
   */
  PROPOSED,
  /** No evidence for any activity: the classification is empty. */
  NONE
}
