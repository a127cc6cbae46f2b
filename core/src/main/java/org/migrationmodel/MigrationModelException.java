package org.migrationmodel;

/**
 * The root of every exception this library throws on purpose. Catch it to handle any problem the
 * library reports; its subclasses carry machine-readable detail.
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
