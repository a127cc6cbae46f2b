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
}
