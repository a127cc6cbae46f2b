package org.migrationmodel.report;

import static com.google.common.base.Preconditions.checkNotNull;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import java.util.Map;
import org.migrationmodel.taxonomy.Activity;
import org.migrationmodel.taxonomy.Area;

/**
 * A tally seen in one reporting currency: budgets converted with the user's rates, and each area's
 * and activity's share of the allocated budget that could be converted, with what could not be read
 * and so is not in the tally. What {@link PortfolioText} and {@link PortfolioHtml} write. It reads
 * the tally as it is when asked, so a tally is not to be changed while a view of it is written.
 */
public final class PortfolioView {
  private final PortfolioTally tally;
  private final ExchangeRates rates;
  private final UnreadRecords unread;
  private final BigDecimal allocatedTotal;

  /**
   * A view of a tally in the reporting currency of the rates.
   *
   * @param tally the portfolio; not null
   * @param rates how to convert its budgets; not null
   * @param unread the records and inputs that could not be read, which the tally leaves out; not
   *     null
   * @throws NullPointerException when an argument is null
   */
  public PortfolioView(PortfolioTally tally, ExchangeRates rates, UnreadRecords unread) {
    this.tally = checkNotNull(tally, "tally");
    this.rates = checkNotNull(rates, "rates");
    this.unread = checkNotNull(unread, "unread");
    BigDecimal sum = BigDecimal.ZERO;
    for (Activity activity : Activity.values()) {
      sum = sum.add(rates.convertible(tally.budget(activity)));
    }
    this.allocatedTotal = sum;
  }

  PortfolioTally tally() {
    return tally;
  }

  UnreadRecords unread() {
    return unread;
  }

  String currency() {
    return rates.reportingCurrency();
  }

  BigDecimal budget(Activity activity) {
    return rates.convertible(tally.budget(activity));
  }

  BigDecimal budget(Area area) {
    return rates.convertible(tally.budget(area));
  }

  BigDecimal totalBudget() {
    return rates.convertible(tally.totalBudget());
  }

  /** The activity's fraction of the converted allocated budget, from 0 to 1. */
  double share(Activity activity) {
    return fraction(budget(activity));
  }

  /** The area's fraction of the converted allocated budget, from 0 to 1. */
  double share(Area area) {
    return fraction(budget(area));
  }

  private double fraction(BigDecimal amount) {
    return allocatedTotal.signum() == 0
        ? 0
        : amount.divide(allocatedTotal, MathContext.DECIMAL64).doubleValue();
  }

  /** Budgets in currencies without a rate, which the converted figures leave out. */
  Map<String, BigDecimal> notConverted() {
    return rates.unconvertible(tally.totalBudget());
  }

  /** Activities that no programme lists, in the model's order. */
  List<Activity> uncoveredActivities() {
    return List.of(Activity.values()).stream()
        .filter(activity -> tally.programmesWith(activity) == 0)
        .toList();
  }
}
