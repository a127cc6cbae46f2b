package org.migrationmodel.json;

import static com.google.common.base.Preconditions.checkArgument;

import org.migrationmodel.json.internal.ReaderBounds;

/**
 * The bounds a {@link ProgrammeReader} keeps to, so that hostile or broken input cannot exhaust
 * memory or time. Input beyond one is reported as a {@code limit-exceeded} finding on the record
 * that holds it, and reading goes on with the next record. Immutable.
 *
 * <pre>{@code
 * ReadLimits limits = ReadLimits.standard().withMaxDocumentLength(1 << 20);
 * ProgrammeReader reader = ProgrammeReader.builder().limits(limits).build();
 * }</pre>
 *
 * @param maxNestingDepth the deepest nesting of arrays and objects, counted from the document's
 *     root (a record of a JSON array is at depth 1)
 * @param maxStringLength the longest string value, in characters
 * @param maxNumberLength the longest number, in characters
 * @param maxNameLength the longest member name, in characters
 * @param maxDocumentLength the longest document, and for a JSON array or NDJSON the longest record,
 *     in bytes of UTF-8 (also for a document read from a string)
 */
public record ReadLimits(
    int maxNestingDepth,
    int maxStringLength,
    int maxNumberLength,
    int maxNameLength,
    long maxDocumentLength) {

  /**
   * Checks the parts.
   *
   * @param maxNestingDepth the deepest nesting of arrays and objects
   * @param maxStringLength the longest string value, in characters
   * @param maxNumberLength the longest number, in characters
   * @param maxNameLength the longest member name, in characters
   * @param maxDocumentLength the longest document or record, in bytes of UTF-8
   * @throws IllegalArgumentException when a part is not positive
   */
  public ReadLimits {
    checkArgument(maxNestingDepth > 0, "maxNestingDepth %s is not positive", maxNestingDepth);
    checkArgument(maxStringLength > 0, "maxStringLength %s is not positive", maxStringLength);
    checkArgument(maxNumberLength > 0, "maxNumberLength %s is not positive", maxNumberLength);
    checkArgument(maxNameLength > 0, "maxNameLength %s is not positive", maxNameLength);
    checkArgument(maxDocumentLength > 0, "maxDocumentLength %s is not positive", maxDocumentLength);
  }

  /**
   * The default limits: nesting depth 64, strings of 1,048,576 characters (1 MiB), numbers of 64
   * characters, member names of 256 characters, and documents (or records) of 16,777,216 bytes (16
   * MiB).
   *
   * @return the defaults, never null
   */
  public static ReadLimits standard() {
    return of(ReaderBounds.DEFAULT);
  }

  /**
   * These limits with another nesting depth.
   *
   * @param maxNestingDepth a positive number of levels
   * @return new limits, never null
   * @throws IllegalArgumentException when it is not positive
   */
  public ReadLimits withMaxNestingDepth(int maxNestingDepth) {
    return new ReadLimits(
        maxNestingDepth, maxStringLength, maxNumberLength, maxNameLength, maxDocumentLength);
  }

  /**
   * These limits with another longest string.
   *
   * @param maxStringLength a positive number of characters
   * @return new limits, never null
   * @throws IllegalArgumentException when it is not positive
   */
  public ReadLimits withMaxStringLength(int maxStringLength) {
    return new ReadLimits(
        maxNestingDepth, maxStringLength, maxNumberLength, maxNameLength, maxDocumentLength);
  }

  /**
   * These limits with another longest number.
   *
   * @param maxNumberLength a positive number of characters
   * @return new limits, never null
   * @throws IllegalArgumentException when it is not positive
   */
  public ReadLimits withMaxNumberLength(int maxNumberLength) {
    return new ReadLimits(
        maxNestingDepth, maxStringLength, maxNumberLength, maxNameLength, maxDocumentLength);
  }

  /**
   * These limits with another longest member name.
   *
   * @param maxNameLength a positive number of characters
   * @return new limits, never null
   * @throws IllegalArgumentException when it is not positive
   */
  public ReadLimits withMaxNameLength(int maxNameLength) {
    return new ReadLimits(
        maxNestingDepth, maxStringLength, maxNumberLength, maxNameLength, maxDocumentLength);
  }

  /**
   * These limits with another longest document or record.
   *
   * @param maxDocumentLength a positive number of bytes
   * @return new limits, never null
   * @throws IllegalArgumentException when it is not positive
   */
  public ReadLimits withMaxDocumentLength(long maxDocumentLength) {
    return new ReadLimits(
        maxNestingDepth, maxStringLength, maxNumberLength, maxNameLength, maxDocumentLength);
  }

  /** The same bounds, as the readers of the internal package take them. */
  ReaderBounds bounds() {
    return new ReaderBounds(
        maxNestingDepth, maxStringLength, maxNumberLength, maxNameLength, maxDocumentLength);
  }

  /** The same limits, from the bounds the readers of the internal package take. */
  static ReadLimits of(ReaderBounds bounds) {
    return new ReadLimits(
        bounds.maxNestingDepth(),
        bounds.maxStringLength(),
        bounds.maxNumberLength(),
        bounds.maxNameLength(),
        bounds.maxDocumentLength());
  }
}
