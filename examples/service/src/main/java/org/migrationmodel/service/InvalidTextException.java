package org.migrationmodel.service;

/**
 * The body of a suggest request is not one text record; answered as {@code invalid-text}. The
 * message is written by this service, never taken from a parser.
 */
final class InvalidTextException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  InvalidTextException(String detail) {
    super(detail);
  }
}
