package org.migrationmodel.json.internal;

import java.io.Closeable;
import java.io.IOException;

/**
 * The records of a bulk input, read one at a time. Not thread-safe.
 *
 * @param <T> what a record is read as
 */
public interface RecordSource<T> extends Closeable {

  /**
   * Takes the next record from the input. Its decoding may be left for later, and to another
   * thread, once it is {@linkplain PendingRecord#detached() detached}.
   *
   * @return the record, or null when the input has no more
   * @throws IOException only when reading the input fails, never for bad input
   */
  PendingRecord<T> next() throws IOException;

  /**
   * Where reading stopped at a problem it could not get past, leaving text after it unread.
   *
   * @return the line, or 0 when reading did not stop early
   */
  int stoppedAtLine();

  /**
   * How many lines, from {@link #stoppedAtLine()} on, hold text that was not read: each later line
   * that is not blank, and that line too when text on it may be another record.
   *
   * @return the count, 0 when reading did not stop early
   */
  long linesNotRead();
}
