package org.migrationmodel.json;

/**
 * Where to start with JSON: a reader and a writer of programme documents that need no Jackson
 * set-up.
 */
public final class ProgrammeJson {
  private ProgrammeJson() {}

  /**
   * A strict reader with the default limits and no validator; {@link ProgrammeReader#builder()}
   * configures others.
   *
   * @return the reader, never null
   */
  public static ProgrammeReader reader() {
    return Defaults.READER;
  }

  /**
   * A writer of compact documents; {@link ProgrammeWriter#indented()} indents them.
   *
   * @return the writer, never null
   */
  public static ProgrammeWriter writer() {
    return ProgrammeWriter.compact();
  }

  // Built on first use, not when the class loads.
  private static final class Defaults {
    static final ProgrammeReader READER = ProgrammeReader.builder().build();
  }
}
