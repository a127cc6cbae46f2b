package org.migrationmodel.taxonomy;

import com.google.common.collect.ImmutableList;
import java.util.Collection;
import java.util.Comparator;

/**
 * Picks the valid codes nearest to a misspelt one, by edit distance, so that an error message can
 * say "did you mean ...?". {@link Vocabulary#closestCodes(String)} uses it for terms; use it for
 * other sets of ids, such as rule and finding ids.
 */
public final class ClosestCodes {
  private static final int MAX_SUGGESTIONS = 3;
  // Longer inputs are never real codes (the longest is under 50 characters) and would make the
  // quadratic edit distance costly on hostile input.
  private static final int MAX_INPUT_LENGTH = 100;

  private ClosestCodes() {}

  /**
   * The codes nearest to a wanted one: those within an edit distance of a quarter of its length (at
   * least 2), or containing it when it has four characters or more; nearest first, then in natural
   * order; at most three. A wanted code of more than 100 characters gets none, which keeps the
   * quadratic work bounded on hostile input.
   *
   * @param codes the valid codes; not null
   * @param wanted the code as given; not null
   * @return up to three codes, nearest first; empty when none is near
   */
  public static ImmutableList<String> among(Collection<String> codes, String wanted) {
    if (wanted.isEmpty() || wanted.length() > MAX_INPUT_LENGTH) {
      return ImmutableList.of();
    }
    int tolerance = Math.max(2, wanted.length() / 4);
    return codes.stream()
        .filter(code -> isNear(code, wanted, tolerance))
        .sorted(
            Comparator.comparingInt((String code) -> distance(code, wanted))
                .thenComparing(Comparator.naturalOrder()))
        .limit(MAX_SUGGESTIONS)
        .collect(ImmutableList.toImmutableList());
  }

  private static boolean isNear(String code, String wanted, int tolerance) {
    return distance(code, wanted) <= tolerance || (wanted.length() >= 4 && code.contains(wanted));
  }

  /** Levenshtein distance: the fewest insertions, deletions and substitutions from a to b. */
  static int distance(String a, String b) {
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
