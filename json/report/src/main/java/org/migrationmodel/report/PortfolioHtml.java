package org.migrationmodel.report;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.escape.Escaper;
import com.google.common.html.HtmlEscapers;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Base64;
import java.util.Locale;
import java.util.function.ToIntFunction;
import org.migrationmodel.taxonomy.Activity;
import org.migrationmodel.taxonomy.Area;
import org.migrationmodel.taxonomy.CrossCuttingActivity;
import org.migrationmodel.taxonomy.Term;
import org.migrationmodel.taxonomy.Theme;

/**
 * Writes a portfolio summary as one self-contained HTML page: the four areas as boxes, each
 * activity shaded by its share of the budget, then cross-cutting coverage, themes and the
 * activities nothing covers. No scripts, fonts or other files are referenced, so the page works
 * offline and can be mailed as it is. All its styles are in one {@code <style>} element, the same
 * for every page, and the elements carry classes, never {@code style} attributes: a
 * Content-Security-Policy admits the page by {@link #styleSha256()} alone.
 */
public final class PortfolioHtml {
  /** The colour of each area's heading, in {@link Area} order. */
  static final String[] AREA_COLOURS = {"#1b7a3e", "#1565c0", "#c25400", "#7b1fa2"};

  /** An activity's shade grows with its share in this many steps above the lightest. */
  static final int SHADES = 10;

  private static final Escaper ESCAPER = HtmlEscapers.htmlEscaper();
  private static final String STYLE = style();
  private static final String STYLE_SHA256 = sha256(STYLE);

  private PortfolioHtml() {}

  /**
   * Writes the page.
   *
   * @param view the portfolio in its reporting currency; not null
   * @param out where the page goes; not flushed or closed
   * @throws NullPointerException when an argument is null
   */
  public static void write(PortfolioView view, PrintWriter out) {
    PortfolioTally tally = checkNotNull(view, "view").tally();
    checkNotNull(out, "out");
    out.println("<!DOCTYPE html>");
    out.println("<html lang=\"en\"><head><meta charset=\"utf-8\">");
    out.println("<title>Migration portfolio</title>");
    out.println("<style>" + STYLE + "</style></head><body>");
    out.println("<h1>Migration portfolio: " + tally.programmes() + " programmes</h1>");
    if (!view.unread().isEmpty()) {
      out.println("<div class=\"incomplete\"><p>" + text(view.unread().heading()) + "</p><ul>");
      view.unread().details().forEach(line -> out.println("<li>" + text(line) + "</li>"));
      out.println("</ul></div>");
    }
    out.println(
        "<p class=\"note\">Budget "
            + text(view.currency() + " " + Formats.amount(view.totalBudget()))
            + ". Each activity is shaded by its share of the allocated budget;"
            + " the figures are its share and the number of programmes listing it.</p>");
    if (!view.notConverted().isEmpty()) {
      out.println(
          "<p class=\"note\">Not converted, for want of an exchange rate: "
              + text(Formats.amounts(view.notConverted()))
              + ".</p>");
    }
    writeAreas(view, out);
    writeCounts(
        "Cross-cutting activities",
        CrossCuttingActivity.values(),
        tally::programmesWith,
        tally,
        out);
    writeCounts("Themes", Theme.values(), tally::programmesWith, tally, out);
    out.println(
        "<h2>Activities no programme covers (" + view.uncoveredActivities().size() + ")</h2>");
    out.println("<ul>");
    view.uncoveredActivities()
        .forEach(activity -> out.println("<li>" + text(label(activity)) + "</li>"));
    out.println("</ul></body></html>");
  }

  /**
   * The SHA-256 of the text of the page's one {@code <style>} element, which is the same on every
   * page: the hash source a Content-Security-Policy's {@code style-src-elem} names, such as {@code
   * 'sha256-...'}.
   *
   * @return the hash in Base64, never null
   */
  public static String styleSha256() {
    return STYLE_SHA256;
  }

  private static void writeAreas(PortfolioView view, PrintWriter out) {
    double largest = Arrays.stream(Activity.values()).mapToDouble(view::share).max().orElse(0);
    out.println("<div class=\"grid\">");
    for (Area area : Area.values()) {
      out.println("<section class=\"area a" + area.ordinal() + "\">");
      out.println(
          "<h2>"
              + text(label(area))
              + "<span>"
              + Formats.percent(view.share(area))
              + "</span></h2>");
      for (Activity activity : area.activities()) {
        int programmes = view.tally().programmesWith(activity);
        double intensity = largest == 0 ? 0 : view.share(activity) / largest;
        out.println(
            "<div class=\"activity s"
                + Math.round(intensity * SHADES)
                + (programmes == 0 ? " none" : "")
                + "\"><span>"
                + text(label(activity))
                + "</span><span>"
                + Formats.percent(view.share(activity))
                + " &middot; "
                + programmes
                + "</span></div>");
      }
      out.println("</section>");
    }
    out.println("</div>");
  }

  private static <T extends Term> void writeCounts(
      String heading, T[] terms, ToIntFunction<T> counter, PortfolioTally tally, PrintWriter out) {
    out.println("<h2>" + text(heading) + "</h2><table>");
    out.println("<tr><th></th><th>Programmes</th><th></th></tr>");
    for (T term : terms) {
      int count = counter.applyAsInt(term);
      out.println(
          "<tr><td>"
              + text(label(term))
              + "</td><td class=\"n\">"
              + count
              + "</td><td><meter class=\"bar\" min=\"0\" max=\""
              + Math.max(tally.programmes(), 1)
              + "\" value=\""
              + count
              + "\"></meter></td></tr>");
    }
    out.println("</table>");
  }

  // The fixed rules, then per area its colour, and per step of shade the area's colour at an
  // opacity that grows with the share; a light floor keeps activities with no budget visibly part
  // of their box.
  private static String style() {
    StringBuilder style =
        new StringBuilder(
            """
            body{font-family:sans-serif;margin:24px;color:#222;background:#fff}
            h1{font-size:22px;margin:0 0 4px}
            p.note{color:#555;margin:2px 0}
            .grid{display:grid;grid-template-columns:1fr 1fr;gap:16px;margin:16px 0}
            .area{border:2px solid #888;border-radius:6px;overflow:hidden}
            .area h2{margin:0;padding:8px 10px;font-size:16px;color:#fff}
            .area h2 span{float:right;font-weight:normal}
            .activity{display:flex;justify-content:space-between;padding:5px 10px;font-size:13px;
              border-top:1px solid #ddd}
            .activity.none{color:#999}
            table{border-collapse:collapse;margin:8px 0 16px;font-size:13px}
            td,th{padding:3px 10px;text-align:left;border-bottom:1px solid #eee}
            td.n{text-align:right}
            meter.bar{width:200px;height:10px}
            .incomplete{border:2px solid #b71c1c;border-radius:6px;padding:4px 12px;margin:12px 0;
              color:#b71c1c;font-size:13px}
            """);
    for (Area area : Area.values()) {
      String colour = AREA_COLOURS[area.ordinal()];
      style.append(
          String.format(
              Locale.ROOT,
              ".a%d{border-color:%s;--area:%d,%d,%d}.a%1$d h2{background:%2$s}%n",
              area.ordinal(),
              colour,
              Integer.parseInt(colour.substring(1, 3), 16),
              Integer.parseInt(colour.substring(3, 5), 16),
              Integer.parseInt(colour.substring(5, 7), 16)));
    }
    for (int shade = 0; shade <= SHADES; shade++) {
      style.append(
          String.format(
              Locale.ROOT,
              ".s%d{background:rgba(var(--area),%.2f)}%n",
              shade,
              0.05 + 0.6 * shade / SHADES));
    }
    return style.toString();
  }

  private static String sha256(String text) {
    try {
      return Base64.getEncoder()
          .encodeToString(
              MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every Java platform has SHA-256", e);
    }
  }

  private static String label(Term term) {
    return term.displayName(Locale.ENGLISH);
  }

  private static String text(String raw) {
    return ESCAPER.escape(raw);
  }
}
