package org.migrationmodel.report;

import static com.google.common.base.Preconditions.checkNotNull;

import java.io.PrintWriter;
import java.util.Locale;
import org.migrationmodel.taxonomy.Activity;
import org.migrationmodel.taxonomy.Area;
import org.migrationmodel.taxonomy.CrossCuttingActivity;
import org.migrationmodel.taxonomy.Term;
import org.migrationmodel.taxonomy.Theme;

/**
 * Writes a portfolio summary as plain text for a terminal: the budget, what could not be converted
 * or allocated, then programmes, budget and share by area and activity, cross-cutting coverage,
 * themes and the activities nothing covers. The command-line tool's {@code report} prints it.
 */
public final class PortfolioText {
  private static final String ROW = "  %-56s %10s %16s %7s%n";
  private static final String COUNT_ROW = "  %-56s %10s%n";

  private PortfolioText() {}

  /**
   * Writes the summary.
   *
   * @param view the portfolio in its reporting currency; not null
   * @param out where the text goes; not flushed or closed
   * @throws NullPointerException when an argument is null
   */
  public static void write(PortfolioView view, PrintWriter out) {
    PortfolioTally tally = checkNotNull(view, "view").tally();
    checkNotNull(out, "out");
    if (!view.unread().isEmpty()) {
      out.println(view.unread().heading());
      view.unread().details().forEach(line -> out.println("  " + line));
      out.println();
    }
    out.println(
        "Portfolio: "
            + tally.programmes()
            + " programmes; budget "
            + view.currency()
            + " "
            + Formats.amount(view.totalBudget()));
    if (!view.notConverted().isEmpty()) {
      out.println(
          "Not converted (no exchange rate; give --rate CODE=RATE): "
              + Formats.amounts(view.notConverted()));
    }
    if (!tally.unallocatedBudget().isEmpty()) {
      out.println(
          "Not allocated to any activity: "
              + Formats.amounts(tally.unallocatedBudget().byCurrency()));
    }
    out.println();
    out.printf(
        Locale.ROOT,
        ROW,
        "Areas and activities",
        "Programmes",
        "Budget " + view.currency(),
        "Share");
    for (Area area : Area.values()) {
      out.printf(
          Locale.ROOT,
          ROW,
          label(area),
          tally.programmesWithPrimaryArea(area),
          Formats.amount(view.budget(area)),
          Formats.percent(view.share(area)));
      for (Activity activity : area.activities()) {
        out.printf(
            Locale.ROOT,
            ROW,
            "  " + label(activity),
            tally.programmesWith(activity),
            Formats.amount(view.budget(activity)),
            Formats.percent(view.share(activity)));
      }
    }
    out.println();
    out.printf(Locale.ROOT, COUNT_ROW, "Cross-cutting activities", "Programmes");
    for (CrossCuttingActivity activity : CrossCuttingActivity.values()) {
      out.printf(Locale.ROOT, COUNT_ROW, label(activity), tally.programmesWith(activity));
    }
    out.println();
    out.printf(Locale.ROOT, COUNT_ROW, "Themes", "Programmes");
    for (Theme theme : Theme.values()) {
      out.printf(
          Locale.ROOT,
          COUNT_ROW,
          theme.number() + ". " + label(theme),
          tally.programmesWith(theme));
    }
    out.println();
    out.println("Activities no programme covers: " + view.uncoveredActivities().size());
    view.uncoveredActivities()
        .forEach(activity -> out.println("  " + label(activity) + " [" + activity.code() + "]"));
  }

  private static String label(Term term) {
    return term.displayName(Locale.ENGLISH);
  }
}
