package org.migrationmodel.validation.rules;

import java.util.Arrays;
import org.migrationmodel.validation.Pointers;

/** Pointers to the entries of a list in the programme's document form. */
final class ListEntries {
  private ListEntries() {}

  /**
   * The pointer to one entry of a list.
   *
   * @param listPath the member names leading to the list, such as {@code classification, themes}
   * @param index the entry's index
   * @return the pointer, such as {@code /classification/themes/2}
   */
  static String pointer(String[] listPath, int index) {
    Object[] tokens = Arrays.copyOf(listPath, listPath.length + 1, Object[].class);
    tokens[listPath.length] = index;
    return Pointers.of(tokens);
  }
}
