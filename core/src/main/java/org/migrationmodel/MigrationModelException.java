package org.migrationmodel;

/**
 * The root of every exception this library throws on purpose. Catch it to handle any problem the
 * library reports; its subclasses carry machine-readable detail.
 *
 * <p>Not under it, by contract: a broken precondition that a method documents (such as a null
 * argument or a number out of range) throws {@link NullPointerException} or {@link
 * IllegalArgumentException}; a failure to read or write the input or output throws {@link
 * java.io.IOException} or {@link java.io.UncheckedIOException}; and inside a Jackson mapper, the
 * JSON modules throw Jackson's own exception types, as Jackson's deserializers must ({@code
 * InvalidProgrammeJsonException} carrying every finding, {@code InvalidFormatException} for an
 * unknown code).
 */
public class MigrationModelException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates an exception with a message.
   *
   * @param message what went wrong, in plain English; not null
   */
  public MigrationModelException(String message) {
    super(message);
  }

  /**
   * Creates an exception with a message and the exception that caused it.
   *
   * @param message what went wrong, in plain English; not null
   * @param cause the exception that caused this one, kept for stack traces and {@link #getCause()};
   *     may be null when there is none
   */
  public MigrationModelException(String message, Throwable cause) {
    super(message, cause);
  }
}
