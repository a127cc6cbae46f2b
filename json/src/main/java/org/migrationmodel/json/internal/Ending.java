package org.migrationmodel.json.internal;

/** How the reading of a record ended. */
enum Ending {
  /** With the record, and nothing after it where nothing may follow. */
  WHOLE,
  /**
   * With the record whole, but followed by more, where nothing may follow: another value, or text.
   */
  FOLLOWED,
  /**
   * Before the record's end, at a problem after which the parser may not find where the record
   * ends: malformed JSON, bytes that are not UTF-8, or a limit.
   */
  BROKEN_OFF
}
