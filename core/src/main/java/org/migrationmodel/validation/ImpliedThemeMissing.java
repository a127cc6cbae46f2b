package org.migrationmodel.validation;

import java.util.List;
import org.migrationmodel.programme.Classification;
import org.migrationmodel.programme.Programme;
import org.migrationmodel.taxonomy.Theme;

/** Every theme that {@link ThemeSupport#implied} finds is listed among the themes. */
final class ImpliedThemeMissing implements Rule {
  @Override
  public void check(Programme programme, RuleContext context) {
    Classification classification = programme.classification();
    List<Theme> listed = classification.themes();
    for (Theme theme : ThemeSupport.impliedThemes(classification)) {
      if (!listed.contains(theme)) {
        context.report(
            Pointers.of("classification", "themes"),
            "The programme contributes to theme "
                + theme.number()
                + ", "
                + theme.code()
                + ", because "
                + ThemeSupport.reason(theme, classification)
                + "; add "
                + theme.code()
                + " to the themes.",
            List.of(theme.code()));
      }
    }
  }
}
