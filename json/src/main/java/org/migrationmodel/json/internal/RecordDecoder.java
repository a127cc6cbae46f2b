package org.migrationmodel.json.internal;

import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;

/**
 * Reads the value of one record from its first token on, reporting every problem through the cursor
 * it was made with. One decoder reads one record; {@link RecordReading} makes one per record.
 *
 * @param <T> what the record is read as
 */
interface RecordDecoder<T> {

  /**
   * Reads the record.
   *
   * @param first the record's first token, which the cursor has just read
   * @return the value, or null when none could be built
   * @throws IOException when the parser cannot go on, for the caller to report
   */
  T read(JsonToken first) throws IOException;

  /**
   * Whether the record read is refused: reported with the reason alone, since its other findings
   * would only mislead.
   *
   * @return true when refused
   */
  boolean refused();
}
