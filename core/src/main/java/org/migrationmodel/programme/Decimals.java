package org.migrationmodel.programme;

import java.math.BigDecimal;

/** Decimal amounts compared by value, as the value types' {@code equals} compares them. */
final class Decimals {
  private Decimals() {}

  /** A hash code that equal values share whatever their scale, such as 50 and 50.0. */
  static int hashCode(BigDecimal value) {
    return value.stripTrailingZeros().hashCode();
  }
}
