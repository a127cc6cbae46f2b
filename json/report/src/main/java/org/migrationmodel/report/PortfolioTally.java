package org.migrationmodel.report;

import static com.google.common.base.Preconditions.checkNotNull;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.migrationmodel.programme.Allocation;
import org.migrationmodel.programme.Budget;
import org.migrationmodel.programme.Classification;
import org.migrationmodel.programme.Programme;
import org.migrationmodel.taxonomy.Activity;
import org.migrationmodel.taxonomy.Area;
import org.migrationmodel.taxonomy.CrossCuttingActivity;
import org.migrationmodel.taxonomy.Theme;

/**
 * Counts a portfolio one programme at a time, in memory that does not grow with the number of
 * programmes: programmes and budget by area and activity, cross-cutting activities and themes.
 * Budgets stay in their own currencies; a {@link PortfolioView} converts them. Mutable and not
 * thread-safe.
 */
public final class PortfolioTally {
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private int programmes;
  private final Map<Area, Integer> programmesByPrimaryArea = new EnumMap<>(Area.class);
  private final Map<Activity, Integer> programmesByActivity = new EnumMap<>(Activity.class);
  private final Map<Activity, CurrencyAmounts> budgetByActivity = new EnumMap<>(Activity.class);
  private final Map<CrossCuttingActivity, Integer> programmesByCrossCutting =
      new EnumMap<>(CrossCuttingActivity.class);
  private final Map<Theme, Integer> programmesByTheme = new EnumMap<>(Theme.class);
  private final CurrencyAmounts totalBudget = new CurrencyAmounts();
  private final CurrencyAmounts unallocatedBudget = new CurrencyAmounts();
  private final Map<String, Integer> programmesByCurrency = new TreeMap<>();

  /** An empty portfolio. */
  public PortfolioTally() {}

  /**
   * Counts one programme.
   *
   * @param programme the programme; not null
   * @throws NullPointerException when the programme is null
   */
  public void add(Programme programme) {
    checkNotNull(programme, "programme");
    programmes++;
    Classification classification = programme.classification();
    classification.primaryArea().ifPresent(area -> increment(programmesByPrimaryArea, area));
    classification.activities().forEach(activity -> increment(programmesByActivity, activity));
    classification.crossCuttingActivities().stream()
        .distinct()
        .forEach(activity -> increment(programmesByCrossCutting, activity));
    classification.themes().stream()
        .distinct()
        .forEach(theme -> increment(programmesByTheme, theme));
    programme.budget().ifPresent(budget -> addBudget(budget, classification));
  }

  // Money follows the allocations; without any, the whole budget goes to the primary activity.
  private void addBudget(Budget budget, Classification classification) {
    totalBudget.add(budget.currency(), budget.total());
    increment(programmesByCurrency, budget.currency());
    BigDecimal allocated = BigDecimal.ZERO;
    if (budget.allocations().isEmpty() && classification.primaryActivity().isPresent()) {
      budgetFor(classification.primaryActivity().get()).add(budget.currency(), budget.total());
      allocated = budget.total();
    }
    for (Allocation allocation : budget.allocations()) {
      BigDecimal amount = budget.total().multiply(allocation.share()).divide(HUNDRED);
      budgetFor(allocation.activity()).add(budget.currency(), amount);
      allocated = allocated.add(amount);
    }
    if (allocated.compareTo(budget.total()) != 0) {
      unallocatedBudget.add(budget.currency(), budget.total().subtract(allocated));
    }
  }

  private CurrencyAmounts budgetFor(Activity activity) {
    return budgetByActivity.computeIfAbsent(activity, unused -> new CurrencyAmounts());
  }

  private static <K> void increment(Map<K, Integer> counts, K key) {
    counts.merge(key, 1, Integer::sum);
  }

  /**
   * The programmes counted.
   *
   * @return zero or more
   */
  public int programmes() {
    return programmes;
  }

  int programmesWithPrimaryArea(Area area) {
    return programmesByPrimaryArea.getOrDefault(area, 0);
  }

  int programmesWith(Activity activity) {
    return programmesByActivity.getOrDefault(activity, 0);
  }

  int programmesWith(CrossCuttingActivity activity) {
    return programmesByCrossCutting.getOrDefault(activity, 0);
  }

  int programmesWith(Theme theme) {
    return programmesByTheme.getOrDefault(theme, 0);
  }

  CurrencyAmounts budget(Activity activity) {
    return budgetByActivity.getOrDefault(activity, new CurrencyAmounts());
  }

  CurrencyAmounts budget(Area area) {
    CurrencyAmounts sum = new CurrencyAmounts();
    for (Activity activity : area.activities()) {
      budget(activity).byCurrency().forEach(sum::add);
    }
    return sum;
  }

  /**
   * The currency most programmes' budgets are in; ties go to the first code alphabetically.
   *
   * @return the ISO 4217 code, or empty when no programme has a budget
   */
  public Optional<String> mostCommonCurrency() {
    return programmesByCurrency.entrySet().stream()
        .max(
            Map.Entry.<String, Integer>comparingByValue()
                .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
        .map(Map.Entry::getKey);
  }

  CurrencyAmounts totalBudget() {
    return totalBudget;
  }

  CurrencyAmounts unallocatedBudget() {
    return unallocatedBudget;
  }
}
