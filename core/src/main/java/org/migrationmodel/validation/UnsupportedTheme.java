package org.migrationmodel.validation;

import java.util.List;
import java.util.Set;
import org.migrationmodel.programme.Programme;
import org.migrationmodel.taxonomy.Theme;

/** Every listed theme is one that {@link ThemeSupport#supported} finds. */
final class UnsupportedTheme implements Rule {
  @Override
  public void check(Programme programme, RuleContext context) {
    List<Theme> themes = programme.classification().themes();
    if (themes.isEmpty()) {
      return;
    }
    Set<Theme> implied = ThemeSupport.impliedThemes(programme.classification());
    for (int i = 0; i < themes.size(); i++) {
      Theme theme = themes.get(i);
      if (!ThemeSupport.isSupported(theme, implied, programme)) {
        context.report(
            Pointers.of("classification", "themes", i),
            "Theme "
                + theme.number()
                + ", "
                + theme.code()
                + ", is listed but nothing in the classification supports it; add "
                + ThemeSupport.evidence(theme)
                + ", or remove the theme.");
      }
    }
  }
}
