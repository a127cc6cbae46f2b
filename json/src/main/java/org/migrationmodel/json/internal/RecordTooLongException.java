package org.migrationmodel.json.internal;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;

/**
 * Thrown when a record grows beyond the reader's document length limit. Unlike Jackson's own
 * constraint failures, it leaves the parser intact, so that a JSON array reader can skip the rest
 * of the record and go on.
 */
final class RecordTooLongException extends StreamConstraintsException {
  private static final long serialVersionUID = 1L;

  RecordTooLongException(long maxRecordLength, JsonLocation location) {
    super(
        "The document (or record) is longer than the limit of "
            + maxRecordLength
            + " bytes; the reader's maxDocumentLength sets it.",
        location);
  }
}
