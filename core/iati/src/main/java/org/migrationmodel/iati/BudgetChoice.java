package org.migrationmodel.iati;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.migrationmodel.validation.Severity;

/**
 * The budgets that make a programme's total, chosen as IATI's guidance asks, so that no money is
 * counted twice:
 *
 * <ol>
 *   <li>a negative budget is left out, with a finding: a budget is never below zero;
 *   <li>a revised budget (type 2) replaces any original one (type 1) whose period it overlaps;
 *   <li>of several budgets for the same period, a committed one (status 2) is kept over an
 *       indicative one (status 1), else the first;
 *   <li>where periods nest, as a year and its quarters do, the finest are kept when they add up to
 *       the coarser budget; when they add up to less, they break down only part of it, and the
 *       coarser one is kept; when they add up to more, the publisher's figures contradict each
 *       other and no total is kept;
 *   <li>where periods overlap without nesting, the shorter is kept.
 * </ol>
 *
 * <p>Periods that share only a boundary day, one ending on the day the next starts, do not overlap.
 *
 * <p>One finding names every budget left out and why. The budgets kept must share a currency (their
 * own, else the activity's default); otherwise there is no total.
 */
final class BudgetChoice {
  private static final String REVISED = "2";
  private static final String COMMITTED = "2";

  /**
   * The programme's budget: its currency, its total and the budgets that make it.
   *
   * @param budgets the budgets kept, in document order
   */
  record Total(String currency, BigDecimal total, ImmutableList<RawActivity.BudgetLine> budgets) {
    /** The total of some of these budgets, in the same currency. */
    Total of(List<RawActivity.BudgetLine> some) {
      BigDecimal sum = BigDecimal.ZERO;
      for (RawActivity.BudgetLine budget : some) {
        sum = sum.add(budget.value());
      }
      return new Total(currency, sum, ImmutableList.copyOf(some));
    }
  }

  private record LeftOut(RawActivity.BudgetLine budget, String reason) {}

  private BudgetChoice() {}

  static Optional<Total> choose(RawActivity raw, MappingLog log) {
    List<RawActivity.BudgetLine> candidates = new ArrayList<>();
    List<RawActivity.BudgetLine> negative = new ArrayList<>();
    for (RawActivity.BudgetLine budget : raw.budgets()) {
      if (budget.end().isBefore(budget.start())) {
        log.problem(
            IatiProblem.INVALID_VALUE,
            Severity.WARNING,
            budget.at(),
            "the budget's period ends on " + budget.end() + ", before it starts; it is ignored");
      } else if (budget.value().signum() < 0) {
        negative.add(budget);
      } else {
        candidates.add(budget);
      }
    }
    if (!negative.isEmpty()) {
      log.problem(
          IatiProblem.NEGATIVE_BUDGET,
          Severity.WARNING,
          negative.get(0).at(),
          "budgets below zero are left out of the total: " + list(negative, raw));
    }
    List<LeftOut> leftOut = new ArrayList<>();
    List<RawActivity.BudgetLine> distinct =
        oneForEachPeriod(revisedOverOriginal(candidates, leftOut), leftOut);
    Optional<List<RawActivity.BudgetLine>> kept = finest(distinct, leftOut, log);
    if (kept.isEmpty()) {
      return Optional.empty();
    }
    if (!leftOut.isEmpty()) {
      List<String> named = new ArrayList<>();
      for (LeftOut left : leftOut) {
        named.add(describe(left.budget(), raw) + " (" + left.reason() + ")");
      }
      log.problem(
          IatiProblem.BUDGET_LEFT_OUT,
          Severity.INFO,
          leftOut.get(0).budget().at(),
          leftOut.size()
              + (leftOut.size() == 1 ? " budget is" : " budgets are")
              + " left out of the total, so that no money is counted twice: "
              + String.join("; ", named));
    }
    return total(kept.get(), raw, log);
  }

  private static List<RawActivity.BudgetLine> revisedOverOriginal(
      List<RawActivity.BudgetLine> budgets, List<LeftOut> leftOut) {
    List<RawActivity.BudgetLine> kept = new ArrayList<>();
    for (RawActivity.BudgetLine budget : budgets) {
      Optional<RawActivity.BudgetLine> revision =
          budget.type().equals(REVISED)
              ? Optional.empty()
              : budgets.stream()
                  .filter(other -> other.type().equals(REVISED) && overlap(budget, other))
                  .findFirst();
      if (revision.isPresent()) {
        leftOut.add(
            new LeftOut(
                budget, "replaced by the revised budget at " + revision.get().at().xpath()));
      } else {
        kept.add(budget);
      }
    }
    return kept;
  }

  private static List<RawActivity.BudgetLine> oneForEachPeriod(
      List<RawActivity.BudgetLine> budgets, List<LeftOut> leftOut) {
    Map<String, RawActivity.BudgetLine> chosen = new LinkedHashMap<>();
    for (RawActivity.BudgetLine budget : budgets) {
      String period = budget.start() + "/" + budget.end();
      RawActivity.BudgetLine earlier = chosen.get(period);
      if (earlier == null) {
        chosen.put(period, budget);
      } else if (budget.status().equals(COMMITTED) && !earlier.status().equals(COMMITTED)) {
        chosen.put(period, budget);
        leftOut.add(
            new LeftOut(
                earlier,
                "indicative, for the period of the committed budget at " + budget.at().xpath()));
      } else {
        leftOut.add(
            new LeftOut(budget, "a second budget for the period of " + earlier.at().xpath()));
      }
    }
    List<RawActivity.BudgetLine> kept = new ArrayList<>();
    for (RawActivity.BudgetLine budget : budgets) {
      if (chosen.containsValue(budget)) {
        kept.add(budget);
      }
    }
    return kept;
  }

  /**
   * Budgets taken finest first: each coarser one is weighed against the finer ones already taken
   * inside its period.
   *
   * @return the budgets kept, in document order; empty when finer budgets add up to more than a
   *     coarser one that holds them
   */
  private static Optional<List<RawActivity.BudgetLine>> finest(
      List<RawActivity.BudgetLine> budgets, List<LeftOut> leftOut, MappingLog log) {
    List<RawActivity.BudgetLine> shortestFirst = new ArrayList<>(budgets);
    shortestFirst.sort(Comparator.comparingLong(BudgetChoice::days));
    List<RawActivity.BudgetLine> taken = new ArrayList<>();
    for (RawActivity.BudgetLine budget : shortestFirst) {
      List<RawActivity.BudgetLine> inside = new ArrayList<>();
      Optional<RawActivity.BudgetLine> across = Optional.empty();
      for (RawActivity.BudgetLine other : taken) {
        if (contains(budget, other)) {
          inside.add(other);
        } else if (overlap(budget, other) && across.isEmpty()) {
          across = Optional.of(other);
        }
      }
      BigDecimal parts = BigDecimal.ZERO;
      for (RawActivity.BudgetLine part : inside) {
        parts = parts.add(part.value());
      }
      if (across.isPresent()) {
        leftOut.add(
            new LeftOut(
                budget, "its period overlaps the shorter budget at " + across.get().at().xpath()));
      } else if (inside.isEmpty()) {
        taken.add(budget);
      } else if (parts.compareTo(budget.value()) == 0) {
        leftOut.add(
            new LeftOut(
                budget,
                inside.size() == 1
                    ? "its amount is all in the finer budget at " + inside.get(0).at().xpath()
                    : "broken down into the " + inside.size() + " finer budgets in its period"));
      } else if (parts.compareTo(budget.value()) < 0) {
        taken.removeAll(inside);
        taken.add(budget);
        for (RawActivity.BudgetLine part : inside) {
          leftOut.add(
              new LeftOut(
                  part, "part of the larger budget at " + budget.at().xpath() + " for its period"));
        }
      } else {
        log.problem(
            IatiProblem.INVALID_VALUE,
            Severity.WARNING,
            budget.at(),
            "the budgets contradict each other: "
                + budget.value().toPlainString()
                + " for "
                + budget.start()
                + " to "
                + budget.end()
                + ", but "
                + parts.toPlainString()
                + (inside.size() == 1
                    ? " in the finer budget at " + inside.get(0).at().xpath()
                    : " in the " + inside.size() + " finer budgets")
                + " within that period; no budget is kept rather than one of them chosen");
        return Optional.empty();
      }
    }
    List<RawActivity.BudgetLine> kept = new ArrayList<>(budgets);
    kept.retainAll(taken);
    return Optional.of(kept);
  }

  private static Optional<Total> total(
      List<RawActivity.BudgetLine> kept, RawActivity raw, MappingLog log) {
    if (kept.isEmpty()) {
      return Optional.empty();
    }
    Set<String> currencies = new LinkedHashSet<>();
    BigDecimal total = BigDecimal.ZERO;
    for (RawActivity.BudgetLine budget : kept) {
      currencies.add(currency(budget, raw).orElse(""));
      total = total.add(budget.value());
    }
    if (currencies.size() != 1 || currencies.contains("")) {
      log.problem(
          IatiProblem.INVALID_VALUE,
          Severity.WARNING,
          raw.at(),
          "the budgets are in "
              + (currencies.contains("")
                  ? "no stated currency"
                  : "several currencies " + currencies)
              + ", so no budget is kept");
      return Optional.empty();
    }
    return Optional.of(new Total(currencies.iterator().next(), total, ImmutableList.copyOf(kept)));
  }

  /** Whether the inner budget's period lies within the outer one's. */
  private static boolean contains(RawActivity.BudgetLine outer, RawActivity.BudgetLine inner) {
    return !inner.start().isBefore(outer.start()) && !inner.end().isAfter(outer.end());
  }

  /**
   * Whether two periods share more than a boundary day. Publishers end a period either on the day
   * before the next one starts or on that very day (AfDB's quarters run from the 22nd to the 22nd),
   * so budgets that only touch are consecutive, not the same money.
   */
  private static boolean overlap(RawActivity.BudgetLine a, RawActivity.BudgetLine b) {
    boolean samePeriod = a.start().equals(b.start()) && a.end().equals(b.end());
    return samePeriod || (a.start().isBefore(b.end()) && b.start().isBefore(a.end()));
  }

  private static long days(RawActivity.BudgetLine budget) {
    return ChronoUnit.DAYS.between(budget.start(), budget.end());
  }

  private static Optional<String> currency(RawActivity.BudgetLine budget, RawActivity raw) {
    return budget.currency().or(raw::defaultCurrency);
  }

  private static String list(List<RawActivity.BudgetLine> budgets, RawActivity raw) {
    List<String> named = new ArrayList<>();
    budgets.forEach(budget -> named.add(describe(budget, raw)));
    return String.join("; ", named);
  }

  /** A budget's value, currency, period and place, for a finding. */
  static String describe(RawActivity.BudgetLine budget, RawActivity raw) {
    return budget.value().toPlainString()
        + currency(budget, raw).map(code -> " " + code).orElse("")
        + " for "
        + budget.start()
        + " to "
        + budget.end()
        + " at "
        + budget.at().xpath();
  }
}
