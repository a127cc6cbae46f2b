package org.migrationmodel.iati;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;

/** Splits 100 percent evenly, to the hundredth, so that the parts sum to exactly 100. */
final class Percentages {
  private static final int HUNDREDTHS = 10_000;

  private Percentages() {}

  /**
   * An even split into a number of parts; the hundredths left over go one each to the first parts.
   *
   * @param parts one or more
   * @return the parts in percent with scale 2, summing to exactly {@code 100.00}
   */
  static ImmutableList<BigDecimal> even(int parts) {
    ImmutableList.Builder<BigDecimal> split = ImmutableList.builderWithExpectedSize(parts);
    int each = HUNDREDTHS / parts;
    int leftOver = HUNDREDTHS % parts;
    for (int i = 0; i < parts; i++) {
      split.add(BigDecimal.valueOf(each + (i < leftOver ? 1 : 0), 2));
    }
    return split.build();
  }
}
