package org.migrationmodel.json;

/**
 * How strictly a {@link ProgrammeReader} or the {@link MigrationModelModule} reads documents.
 *
 * <p>The two modes differ in exactly three ways; every other problem is reported alike.
 */
public enum ReadMode {
  /**
   * The default. Unknown members are reported as {@code unknown-member}, codes must be spelt
   * exactly (a code found only after ignoring case and {@code -} or space for {@code _} is reported
   * as {@code unknown-code} with the exact code as suggestion, and the term is kept), and {@code
   * null} is reported as {@code null-value} wherever it appears.
   */
  STRICT,
  /**
   * For data from other systems. Unknown members are kept on the object that held them (such as
   * {@link org.migrationmodel.programme.Programme#unknownMembers()}) and written back on it, so a
   * round trip loses nothing; codes are found ignoring case and {@code -} or space for {@code _};
   * {@code null} for an optional member means the member is absent.
   */
  LENIENT
}
