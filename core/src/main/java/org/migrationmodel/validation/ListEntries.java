package org.migrationmodel.validation;

import java.util.Arrays;

/**
 * A list in the programme's document form, such as {@code /classification/themes}, and the pointers
 * to its entries. Rules build a pointer only when they report, never for an entry that is fine: a
 * clean programme must cost no strings.
 */
final class ListEntries {
  static final ListEntries SECONDARY_ACTIVITIES =
      new ListEntries("classification", "secondaryActivities");
  static final ListEntries CROSS_CUTTING_ACTIVITIES =
      new ListEntries("classification", "crossCuttingActivities");
  static final ListEntries THEMES = new ListEntries("classification", "themes");
  static final ListEntries MODALITIES = new ListEntries("classification", "modalities");
  static final ListEntries DRIVERS = new ListEntries("classification", "drivers");
  static final ListEntries TARGET_GROUPS = new ListEntries("classification", "targetGroups");
  static final ListEntries PARTNERS = new ListEntries("partners");
  static final ListEntries COUNTRIES = new ListEntries("countries");
  static final ListEntries ALLOCATIONS = new ListEntries("budget", "allocations");

  private final String[] path;

  private ListEntries(String... path) {
    this.path = path;
  }

  /** The list's member name, such as {@code themes}. */
  String name() {
    return path[path.length - 1];
  }

  /**
   * The pointer to an entry, or to a member of an entry.
   *
   * @param index the entry's index
   * @param member nothing, or the member's name, such as {@code role}
   * @return the pointer, such as {@code /classification/themes/2} or {@code /countries/1/role}
   */
  String pointer(int index, String... member) {
    Object[] tokens = Arrays.copyOf(path, path.length + 1 + member.length, Object[].class);
    tokens[path.length] = index;
    System.arraycopy(member, 0, tokens, path.length + 1, member.length);
    return Pointers.of(tokens);
  }
}
