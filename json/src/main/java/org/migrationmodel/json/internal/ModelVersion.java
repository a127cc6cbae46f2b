package org.migrationmodel.json.internal;

import org.migrationmodel.taxonomy.Catalogue;

/**
 * The {@code modelVersion} of documents: {@code MAJOR.MINOR}, the version of the catalogue that
 * this release ships. Documents of the same major version can be read; a newer minor version may
 * add codes and members, which the reader reports like any other unknown code or member.
 */
final class ModelVersion {
  /** The version the writer puts in every document. */
  public static final String CURRENT = Catalogue.standard().version();

  /** The major version the reader accepts. */
  public static final int SUPPORTED_MAJOR = major(CURRENT);

  private ModelVersion() {}

  /**
   * The major version of a version string.
   *
   * @return the major version, or -1 when the text is not two numbers joined by a dot, the first
   *     without a leading zero
   */
  static int major(String version) {
    int dot = version.indexOf('.');
    if (dot <= 0
        || dot == version.length() - 1
        || dot > 9
        || (dot > 1 && version.charAt(0) == '0')) {
      return -1;
    }
    for (int i = 0; i < version.length(); i++) {
      char c = version.charAt(i);
      if (i != dot && (c < '0' || c > '9')) {
        return -1;
      }
    }
    return Integer.parseInt(version.substring(0, dot));
  }
}
