package org.migrationmodel.json.internal;

/**
 * Quotes offending values in messages, cut short, so that a message never carries much of the
 * input; and puts the right article before a noun.
 */
final class Quoting {
  private static final int MAX_QUOTED_LENGTH = 80;

  private Quoting() {}

  /** The value in double quotes, cut after 80 characters with a note of its full length. */
  static String quote(String value) {
    if (value.length() <= MAX_QUOTED_LENGTH) {
      return '"' + value + '"';
    }
    return '"'
        + value.substring(0, MAX_QUOTED_LENGTH)
        + "...\" ("
        + value.length()
        + " characters)";
  }

  /** The noun after "a", or "an" when it starts with a vowel: "an activity", "a theme". */
  static String withArticle(String noun) {
    return ("aeiouAEIOU".indexOf(noun.charAt(0)) >= 0 ? "an " : "a ") + noun;
  }
}
