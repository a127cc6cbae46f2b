package org.migrationmodel.iati;

import java.util.regex.Pattern;

/**
 * Activity identifiers as IATI's rules want them. The IATI Validator's rule 1.3.13 flags an {@code
 * iati-identifier} holding {@code /}, {@code &}, {@code |} or {@code ?}, and rule 1.3.1 one with
 * spaces at its ends; the exporter writes each such character, and any white space, as a hyphen.
 */
final class IatiIdentifiers {
  private static final Pattern FLAGGED = Pattern.compile("[/&|?\\s]");

  private IatiIdentifiers() {}

  /** The id with every character IATI flags in an identifier written as a hyphen. */
  static String safe(String id) {
    return FLAGGED.matcher(id).replaceAll("-");
  }

  /** Whether the id holds a character IATI flags in an identifier. */
  static boolean isFlagged(String id) {
    return FLAGGED.matcher(id).find();
  }
}
