package org.migrationmodel.cli;

/** Levenshtein distance, for "did you mean" on finding ids. */
final class EditDistance {
  // Longer arguments are never ids; this keeps the quadratic work bounded on any input.
  private static final int MAX_LENGTH = 100;

  private EditDistance() {}

  /**
   * The fewest insertions, deletions and substitutions that turn a into b, or {@link
   * Integer#MAX_VALUE} when either is longer than any id.
   */
  static int between(String a, String b) {
    if (a.length() > MAX_LENGTH || b.length() > MAX_LENGTH) {
      return Integer.MAX_VALUE;
    }
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }
}
