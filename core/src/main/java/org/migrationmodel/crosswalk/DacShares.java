package org.migrationmodel.crosswalk;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.Maps;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Function;
import org.migrationmodel.programme.Allocation;
import org.migrationmodel.programme.Budget;
import org.migrationmodel.programme.Programme;
import org.migrationmodel.taxonomy.Activity;

/**
 * Splits a programme's budget across DAC purpose codes so that the shares sum to exactly 100, as
 * IATI requires of the sectors of one vocabulary. See {@link ProgrammeCrosswalk#dacShares()}.
 */
final class DacShares {
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
  private static final BigDecimal CENT = new BigDecimal("0.01");
  private static final int SCALE = 2;

  // Largest remainder first; equal remainders in the codes' order, so the result is deterministic.
  private static final Comparator<Map.Entry<DacPurposeCode, BigDecimal>> REMAINDER_ORDER =
      Map.Entry.<DacPurposeCode, BigDecimal>comparingByValue(Comparator.reverseOrder())
          .thenComparing(Map.Entry.comparingByKey());

  private DacShares() {}

  static ImmutableMap<DacPurposeCode, BigDecimal> of(
      Programme programme, Function<Activity, DacPurposeCode> codeOf) {
    ImmutableList<Allocation> allocations =
        programme.budget().map(Budget::allocations).orElse(ImmutableList.of());
    BigDecimal total =
        allocations.stream().map(Allocation::share).reduce(BigDecimal.ZERO, BigDecimal::add);
    if (total.signum() > 0) {
      EnumMap<DacPurposeCode, BigDecimal> amounts = new EnumMap<>(DacPurposeCode.class);
      for (Allocation allocation : allocations) {
        amounts.merge(codeOf.apply(allocation.activity()), allocation.share(), BigDecimal::add);
      }
      return largestRemainder(amounts, total);
    }
    return programme
        .classification()
        .primaryActivity()
        .map(activity -> ImmutableMap.of(codeOf.apply(activity), HUNDRED.setScale(SCALE)))
        .orElse(ImmutableMap.of());
  }

  /**
   * Scales amounts to percentages of their total: each is first rounded down to the cent, then the
   * cents still missing from 100 go one each to the amounts that rounding cut most. Exact: the
   * remainders are compared as {@code amount * 100 - floor * total}, all over the same total.
   */
  private static ImmutableMap<DacPurposeCode, BigDecimal> largestRemainder(
      EnumMap<DacPurposeCode, BigDecimal> amounts, BigDecimal total) {
    EnumMap<DacPurposeCode, BigDecimal> shares = new EnumMap<>(DacPurposeCode.class);
    EnumMap<DacPurposeCode, BigDecimal> remainders = new EnumMap<>(DacPurposeCode.class);
    BigDecimal allotted = BigDecimal.ZERO;
    for (Map.Entry<DacPurposeCode, BigDecimal> amount : amounts.entrySet()) {
      BigDecimal scaled = amount.getValue().multiply(HUNDRED);
      BigDecimal floor = scaled.divide(total, SCALE, RoundingMode.FLOOR);
      shares.put(amount.getKey(), floor);
      remainders.put(amount.getKey(), scaled.subtract(floor.multiply(total)));
      allotted = allotted.add(floor);
    }
    int missingCents = HUNDRED.subtract(allotted).movePointRight(SCALE).intValueExact();
    remainders.entrySet().stream()
        .sorted(REMAINDER_ORDER)
        .limit(missingCents)
        .forEach(remainder -> shares.merge(remainder.getKey(), CENT, BigDecimal::add));
    shares.values().removeIf(share -> share.signum() == 0);
    return Maps.immutableEnumMap(shares);
  }
}
