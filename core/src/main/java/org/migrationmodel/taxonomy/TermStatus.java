package org.migrationmodel.taxonomy;

/** Whether a term may still be used. A retired term is withdrawn, never deleted or renamed. */
public enum TermStatus {
  /** The term is current. */
  ACTIVE,
  /** The term was retired; existing data may still carry it, new data should not. */
  WITHDRAWN
}
