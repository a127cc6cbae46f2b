package org.migrationmodel.format;

import org.migrationmodel.validation.ValidationReport;

/**
 * What a mapper threw, told the same way for Jackson 2 and Jackson 3, so that one test can hold
 * both to the same behaviour.
 */
final class MappingFailure extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** The kind of exception, by Jackson's classes of the same names in either version. */
  enum Kind {
    /** {@code InvalidFormatException}: a value of the right type that names nothing. */
    INVALID_FORMAT,
    /** {@code MismatchedInputException}, other than the above: a value of the wrong type. */
    MISMATCHED_INPUT,
    /** The module's {@code InvalidProgrammeJsonException}, with its findings. */
    INVALID_PROGRAMME,
    /** A streaming exception: the input is not well-formed JSON. */
    STREAM_READ,
    /** Anything else. */
    OTHER
  }

  private final Kind kind;
  private final Object value;
  private final int line;
  private final int column;
  private final transient ValidationReport report;

  MappingFailure(
      Kind kind,
      String message,
      Object value,
      int line,
      int column,
      ValidationReport report,
      Throwable cause) {
    super(kind + ": " + message, cause);
    this.kind = kind;
    this.value = value;
    this.line = line;
    this.column = column;
    this.report = report;
  }

  Kind kind() {
    return kind;
  }

  /** The value that did not read, for {@link Kind#INVALID_FORMAT}; else null. */
  Object value() {
    return value;
  }

  /** The line Jackson located the failure at, or a non-positive number when it had none. */
  int line() {
    return line;
  }

  int column() {
    return column;
  }

  /** The findings, for {@link Kind#INVALID_PROGRAMME}; else null. */
  ValidationReport report() {
    return report;
  }
}
