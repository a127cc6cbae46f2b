package org.migrationmodel.iati;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The sectors and recipient countries of an activity that gives them only on its transactions, as
 * IATI allows: each code weighs the value of the transactions that name it, so that a sector given
 * on most of the money counts for most. A transaction naming several codes of one kind divides its
 * value by their percentages, or evenly without. When the values cannot be compared (one is
 * missing, or they are in several currencies), each transaction weighs the same.
 */
final class TransactionShares {
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private TransactionShares() {}

  /**
   * The transactions' sectors, one per vocabulary and code, each at its first place, with its share
   * of its vocabulary's weight in percent.
   */
  static ImmutableList<RawActivity.Code> sectors(List<RawActivity.Transaction> transactions) {
    Map<String, RawActivity.Code> first = new LinkedHashMap<>();
    for (RawActivity.Transaction transaction : transactions) {
      for (RawActivity.Code sector : transaction.sectors()) {
        first.putIfAbsent(sector.vocabulary() + "\t" + sector.code(), sector);
      }
    }
    Set<String> vocabularies = new LinkedHashSet<>();
    first.values().forEach(sector -> vocabularies.add(sector.vocabulary()));
    ImmutableList.Builder<RawActivity.Code> sectors = ImmutableList.builder();
    for (String vocabulary : vocabularies) {
      List<RawActivity.Transaction> named = new ArrayList<>();
      for (RawActivity.Transaction transaction : transactions) {
        if (transaction.sectors().stream().anyMatch(s -> s.vocabulary().equals(vocabulary))) {
          named.add(transaction);
        }
      }
      Map<String, BigDecimal> weights =
          weigh(
              named,
              transaction ->
                  transaction.sectors().stream()
                      .filter(sector -> sector.vocabulary().equals(vocabulary))
                      .map(sector -> new Part(sector.code(), sector.percentage().orElse(null)))
                      .toList());
      weights.forEach(
          (code, percent) -> {
            RawActivity.Code at = first.get(vocabulary + "\t" + code);
            sectors.add(
                new RawActivity.Code(vocabulary, at.uri(), code, Optional.of(percent), at.at()));
          });
    }
    return sectors.build();
  }

  /** The transactions' recipient countries, heaviest first, each at its first place. */
  static ImmutableList<RawActivity.Share> countries(List<RawActivity.Transaction> transactions) {
    Map<String, RawActivity.Share> first = new LinkedHashMap<>();
    List<RawActivity.Transaction> named = new ArrayList<>();
    for (RawActivity.Transaction transaction : transactions) {
      if (!transaction.countries().isEmpty()) {
        named.add(transaction);
        transaction.countries().forEach(country -> first.putIfAbsent(country.code(), country));
      }
    }
    Map<String, BigDecimal> weights =
        weigh(
            named,
            transaction ->
                transaction.countries().stream()
                    .map(country -> new Part(country.code(), country.percentage().orElse(null)))
                    .toList());
    List<Map.Entry<String, BigDecimal>> heaviest = new ArrayList<>(weights.entrySet());
    heaviest.sort(Map.Entry.<String, BigDecimal>comparingByValue().reversed());
    ImmutableList.Builder<RawActivity.Share> countries = ImmutableList.builder();
    for (Map.Entry<String, BigDecimal> weight : heaviest) {
      RawActivity.Share at = first.get(weight.getKey());
      countries.add(
          new RawActivity.Share(weight.getKey(), "1", Optional.of(weight.getValue()), at.at()));
    }
    return countries.build();
  }

  /** A code a transaction names, with its percentage, or null for an even split. */
  private record Part(String code, BigDecimal percentage) {}

  /** Each code's share of the transactions' weight, in percent with two decimals. */
  private static Map<String, BigDecimal> weigh(
      List<RawActivity.Transaction> transactions,
      Function<RawActivity.Transaction, List<Part>> parts) {
    boolean byValue = comparable(transactions);
    // Without values to compare, or with nothing but zeros, each transaction weighs the same.
    Map<String, BigDecimal> weights = new LinkedHashMap<>();
    BigDecimal total = BigDecimal.ZERO;
    for (RawActivity.Transaction transaction : transactions) {
      BigDecimal weight = byValue ? transaction.value().orElseThrow().abs() : BigDecimal.ONE;
      List<Part> named = parts.apply(transaction);
      boolean withPercentages = named.stream().allMatch(part -> part.percentage() != null);
      for (Part part : named) {
        BigDecimal fraction =
            withPercentages
                ? part.percentage().divide(HUNDRED, 10, RoundingMode.HALF_EVEN)
                : BigDecimal.ONE.divide(
                    BigDecimal.valueOf(named.size()), 10, RoundingMode.HALF_EVEN);
        weights.merge(part.code(), weight.multiply(fraction), BigDecimal::add);
      }
      total = total.add(weight);
    }
    Map<String, BigDecimal> percents = new LinkedHashMap<>();
    for (Map.Entry<String, BigDecimal> weight : weights.entrySet()) {
      percents.put(
          weight.getKey(),
          weight.getValue().multiply(HUNDRED).divide(total, 2, RoundingMode.HALF_EVEN));
    }
    return percents;
  }

  /**
   * Whether every transaction has a value, all in one currency (the default's when absent), and not
   * all of them zero.
   */
  private static boolean comparable(List<RawActivity.Transaction> transactions) {
    Set<String> currencies = new HashSet<>();
    BigDecimal sum = BigDecimal.ZERO;
    for (RawActivity.Transaction transaction : transactions) {
      if (transaction.value().isEmpty()) {
        return false;
      }
      currencies.add(transaction.currency().orElse(""));
      sum = sum.add(transaction.value().get().abs());
    }
    return currencies.size() <= 1 && sum.signum() > 0;
  }
}
