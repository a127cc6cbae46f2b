package org.migrationmodel.validation;

import java.util.Comparator;
import java.util.List;

/**
 * Builds and orders JSON Pointers (RFC 6901), the locations of findings in a programme's document
 * form, such as {@code /classification/secondaryActivities/1}.
 */
public final class Pointers {
  private static final Comparator<String> DOCUMENT_ORDER = Pointers::compare;

  private Pointers() {}

  /**
   * The pointer to a location given as member names and array indexes; {@code ~} and {@code /} in
   * names are escaped as RFC 6901 requires.
   *
   * @param tokens member names (strings) and array indexes (integers); none null
   * @return the pointer, such as {@code /budget/allocations/0/share}; the empty string for no
   *     tokens
   */
  public static String of(Object... tokens) {
    StringBuilder pointer = new StringBuilder();
    for (Object token : tokens) {
      pointer.append('/').append(escape(token.toString()));
    }
    return pointer.toString();
  }

  /**
   * Orders pointers token by token, array indexes numerically, so that {@code /countries/2} comes
   * before {@code /countries/10} and a member's own pointer before those inside it.
   *
   * @return a comparator, never null
   */
  public static Comparator<String> documentOrder() {
    return DOCUMENT_ORDER;
  }

  private static String escape(String token) {
    return token.replace("~", "~0").replace("/", "~1");
  }

  private static int compare(String a, String b) {
    List<String> left = List.of(a.split("/", -1));
    List<String> right = List.of(b.split("/", -1));
    for (int i = 0; i < Math.min(left.size(), right.size()); i++) {
      int order = compareTokens(left.get(i), right.get(i));
      if (order != 0) {
        return order;
      }
    }
    return Integer.compare(left.size(), right.size());
  }

  private static int compareTokens(String a, String b) {
    if (isIndex(a) && isIndex(b)) {
      int byLength = Integer.compare(a.length(), b.length());
      return byLength != 0 ? byLength : a.compareTo(b);
    }
    return a.compareTo(b);
  }

  // An RFC 6901 array index: digits without a leading zero, compared as numbers of any size.
  private static boolean isIndex(String token) {
    if (token.isEmpty() || (token.length() > 1 && token.charAt(0) == '0')) {
      return false;
    }
    return token.chars().allMatch(c -> c >= '0' && c <= '9');
  }
}
