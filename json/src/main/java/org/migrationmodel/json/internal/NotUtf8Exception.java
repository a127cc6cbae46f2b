package org.migrationmodel.json.internal;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.io.ContentReference;
import java.io.CharConversionException;

/** The input is not UTF-8 text, or holds a surrogate that no character can be made of. */
final class NotUtf8Exception extends CharConversionException {
  private static final long serialVersionUID = 1L;

  private final long byteOffset;
  private final int line;
  private final int column;

  NotUtf8Exception(String message, long byteOffset, int line, int column) {
    super(message);
    this.byteOffset = byteOffset;
    this.line = line;
    this.column = column;
  }

  /** Where the offending bytes start, as Jackson gives locations. */
  JsonLocation location() {
    return new JsonLocation(ContentReference.unknown(), byteOffset, -1, line, column);
  }
}
