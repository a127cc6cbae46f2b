package org.migrationmodel.service;

/**
 * A query parameter has a value the endpoint does not take; answered as {@code invalid-parameter}.
 */
final class InvalidParameterException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String parameter;

  InvalidParameterException(String parameter, String requirement) {
    super("Parameter '" + parameter + "' " + requirement + ".");
    this.parameter = parameter;
  }

  String parameter() {
    return parameter;
  }
}
