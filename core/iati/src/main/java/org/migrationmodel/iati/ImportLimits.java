package org.migrationmodel.iati;

import static com.google.common.base.Preconditions.checkArgument;

/**
 * The bounds the importer keeps to, so that a hostile or broken file is refused before it can
 * exhaust memory. Exceeding one stops the import with an {@link IatiProblem#LIMIT_EXCEEDED}
 * finding.
 *
 * @param maxDepth the deepest nesting of elements, counting the root as 1
 * @param maxActivityCharacters the most characters of text and attribute values one activity may
 *     hold
 * @param maxFileBytes the most bytes the file may have
 */
public record ImportLimits(int maxDepth, long maxActivityCharacters, long maxFileBytes) {

  /**
   * Checks the parts.
   *
   * @param maxDepth the deepest nesting of elements, counting the root as 1
   * @param maxActivityCharacters the most characters of text and attribute values one activity may
   *     hold
   * @param maxFileBytes the most bytes the file may have
   */
  public ImportLimits {
    checkArgument(maxDepth > 0, "maxDepth %s is not positive", maxDepth);
    checkArgument(
        maxActivityCharacters > 0,
        "maxActivityCharacters %s is not positive",
        maxActivityCharacters);
    checkArgument(maxFileBytes > 0, "maxFileBytes %s is not positive", maxFileBytes);
  }

  /**
   * The default limits: depth 32 (IATI's deepest elements sit at about 8), 4 million characters per
   * activity, and 8 GiB per file.
   *
   * @return the defaults, never null
   */
  public static ImportLimits standard() {
    return new ImportLimits(32, 4_000_000L, 8L << 30);
  }
}
