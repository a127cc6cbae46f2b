package org.migrationmodel.iati;

/**
 * Where a part of an activity was read: the XPath of its element or attribute, with positions among
 * same-named siblings, and its line, 0 when unknown.
 *
 * @param xpath such as {@code /iati-activities/iati-activity[2]/sector[3]}
 * @param line counted from 1; 0 when unknown
 */
record At(String xpath, int line) {

  /** The XPath without positions, such as {@code /iati-activities/iati-activity/sector}. */
  String generic() {
    return xpath.replaceAll("\\[\\d+]", "");
  }

  /** The place of an attribute of this element. */
  At attribute(String name) {
    return new At(xpath + "/@" + name, line);
  }
}
