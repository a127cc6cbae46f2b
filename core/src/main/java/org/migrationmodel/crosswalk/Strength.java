package org.migrationmodel.crosswalk;

/** How closely a source term of the model matches a target. Declared from strongest to weakest. */
public enum Strength {
  /** The target is what the source term is mainly about. */
  PRIMARY,
  /** The source term contributes to the target, or covers part of it. */
  RELATED
}
