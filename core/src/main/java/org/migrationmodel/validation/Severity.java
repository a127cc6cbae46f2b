package org.migrationmodel.validation;

/** How serious a finding is. Declared from most to least serious. */
public enum Severity {
  /** The programme breaks the model or the data format; it is not valid. */
  ERROR,
  /** The programme is valid but probably wrong; a person should look at it. */
  WARNING,
  /** A suggestion that would make the classification more complete. */
  INFO
}
