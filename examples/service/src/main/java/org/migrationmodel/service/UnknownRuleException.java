package org.migrationmodel.service;

/** No rule or reading problem has the id asked for; answered as {@code unknown-rule}. */
final class UnknownRuleException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String id;

  UnknownRuleException(String id) {
    super("No rule has the id '" + id + "'.");
    this.id = id;
  }

  String id() {
    return id;
  }
}
