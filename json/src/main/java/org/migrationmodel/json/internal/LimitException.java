package org.migrationmodel.json.internal;

import com.fasterxml.jackson.core.exc.StreamConstraintsException;

/** A value of the input broke one of the reader's limits, which it names. */
final class LimitException extends StreamConstraintsException {
  private static final long serialVersionUID = 1L;

  /** The limits that Jackson checks for the reader. */
  enum Limit {
    NESTING_DEPTH,
    STRING_LENGTH,
    NAME_LENGTH,
    NUMBER_LENGTH
  }

  private final Limit limit;

  LimitException(Limit limit) {
    super(limit.name());
    this.limit = limit;
  }

  Limit limit() {
    return limit;
  }
}
