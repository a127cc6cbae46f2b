package org.migrationmodel.validation;

import org.migrationmodel.programme.Programme;

/**
 * The id is non-blank, at most 64 characters of letters, digits, {@code . _ - /} and {@code :},
 * which IATI activity identifiers use ("GGProj:17127").
 */
final class IdFormat implements Rule {
  private static final int MAX_LENGTH = 64;
  private static final String POINTER = Pointers.of("id");
  // Which characters an id may hold, indexed by character: ASCII letters and digits, '.', '_', '-',
  // '/' and ':'. A table, not a regular expression, because every programme's id goes through it.
  private static final boolean[] ALLOWED = new boolean[128];

  static {
    String allowed = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789._-/:";
    for (int i = 0; i < allowed.length(); i++) {
      ALLOWED[allowed.charAt(i)] = true;
    }
  }

  @Override
  public void check(Programme programme, RuleContext context) {
    String id = programme.id();
    if (id.isBlank()) {
      context.report(
          POINTER, "The programme has no id; give it the identifier it has in your system.");
    } else if (id.length() > MAX_LENGTH) {
      context.report(
          POINTER,
          "The id is "
              + id.length()
              + " characters long; shorten it to at most "
              + MAX_LENGTH
              + ".");
    } else if (!isAllowed(id)) {
      // The message names the characters to write instead; ':' is allowed for the ids IATI
      // publishers already have, not offered as a replacement.
      context.report(
          POINTER,
          "The id \""
              + id
              + "\" contains characters other than letters, digits, '.', '_', '-' and '/';"
              + " remove or replace them.");
    }
  }

  private static boolean isAllowed(String id) {
    for (int i = 0; i < id.length(); i++) {
      char c = id.charAt(i);
      if (c >= ALLOWED.length || !ALLOWED[c]) {
        return false;
      }
    }
    return true;
  }
}
