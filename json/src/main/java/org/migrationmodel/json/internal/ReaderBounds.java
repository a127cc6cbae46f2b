package org.migrationmodel.json.internal;

import java.io.Serializable;

/**
 * The bounds a reader puts on its input, as the readers inside this package take them: the public
 * {@code org.migrationmodel.json.ReadLimits}, which checks them, carried across without a package
 * cycle; a serialized reader keeps them. Immutable.
 *
 * @param maxNestingDepth the deepest nesting of arrays and objects, counted from the document root
 * @param maxStringLength the longest string value, in characters
 * @param maxNumberLength the longest number, in characters
 * @param maxNameLength the longest member name, in characters
 * @param maxDocumentLength the longest document, or record of a JSON array or NDJSON file, in bytes
 *     of UTF-8
 */
public record ReaderBounds(
    int maxNestingDepth,
    int maxStringLength,
    int maxNumberLength,
    int maxNameLength,
    long maxDocumentLength)
    implements Serializable {

  /** The defaults: depth 64, strings of 1 MiB, numbers of 64, names of 256, documents of 16 MiB. */
  public static final ReaderBounds DEFAULT = new ReaderBounds(64, 1 << 20, 64, 256, 16L << 20);

  /**
   * Findings kept per record; more would let a small hostile document fill memory with findings.
   */
  static final int MAX_FINDINGS = 1000;

  /** Unknown members a lenient reader keeps per record, for the same reason. */
  static final int MAX_UNKNOWN_MEMBERS = 1000;
}
