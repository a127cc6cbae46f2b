package org.migrationmodel.json;

/** How many programme documents are put in one input or output. */
public enum BulkFormat {
  /**
   * One JSON array whose elements are programme documents. Malformed JSON inside the array stops
   * the reading there: a parser cannot find where the next record starts.
   */
  JSON_ARRAY,
  /**
   * Newline-delimited JSON: one programme document per line, UTF-8. A bad line is reported and
   * reading goes on with the next; blank lines are passed over.
   */
  NDJSON
}
