package org.migrationmodel.json.internal;

import java.io.Closeable;
import java.io.IOException;

/** The records of a bulk input, read one at a time. Not thread-safe. */
public interface RecordSource extends Closeable {

  /**
   * Reads the next record.
   *
   * @return the record, or null when the input has no more
   * @throws IOException only when reading the input fails, never for bad input
   */
  Decoded next() throws IOException;

  /**
   * Whether reading reached the end of the input, rather than stopping at a problem it could not
   * get past.
   */
  boolean complete();
}
