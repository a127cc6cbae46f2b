package org.migrationmodel.report;

import static com.google.common.base.Preconditions.checkNotNull;

import java.io.PrintWriter;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import org.migrationmodel.taxonomy.Area;
import org.migrationmodel.taxonomy.Catalogue;
import org.migrationmodel.taxonomy.CrossCuttingActivity;
import org.migrationmodel.taxonomy.SupportedLanguage;
import org.migrationmodel.taxonomy.Term;
import org.migrationmodel.taxonomy.Theme;

/**
 * Prints the model as an indented tree: the areas and their activities, then the cross-cutting
 * activities, then the themes, each term with its label and code, with labels and headings in one
 * language. The command-line tool's {@code catalogue} and the service's plain-text catalogue.
 * Immutable.
 */
public final class CatalogueTree {
  private final Locale locale;
  private final ResourceBundle headings;

  /**
   * A tree with labels and headings in one language.
   *
   * @param language the language; not null
   * @throws NullPointerException when the language is null
   */
  public CatalogueTree(SupportedLanguage language) {
    this.locale = checkNotNull(language, "language").locale();
    this.headings =
        ResourceBundle.getBundle(
            "org.migrationmodel.report.headings",
            language == SupportedLanguage.ENGLISH ? Locale.ROOT : locale);
  }

  /**
   * Prints a catalogue.
   *
   * @param catalogue the catalogue; not null
   * @param out where the tree goes; not flushed or closed
   * @throws NullPointerException when an argument is null
   */
  public void print(Catalogue catalogue, PrintWriter out) {
    out.println(MessageFormat.format(headings.getString("catalogue.title"), catalogue.version()));
    out.println();
    out.println(headings.getString("catalogue.areas"));
    for (Area area : Area.values()) {
      out.println("  " + line(area));
      area.activities().forEach(activity -> out.println("    " + line(activity)));
    }
    out.println();
    out.println(headings.getString("catalogue.crossCutting"));
    for (CrossCuttingActivity activity : CrossCuttingActivity.values()) {
      out.println("  " + line(activity));
    }
    out.println();
    out.println(headings.getString("catalogue.themes"));
    for (Theme theme : Theme.values()) {
      out.println("  " + theme.number() + ". " + line(theme));
    }
  }

  private String line(Term term) {
    return term.displayName(locale) + "  [" + term.code() + "]";
  }
}
