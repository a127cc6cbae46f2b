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
   * Where reading stopped at a problem it could not get past, before the end of the input.
   *
   * @return the line, or 0 when reading did not stop early
   */
  int stoppedAtLine();
}
