package org.migrationmodel.validation.rules;

import java.util.List;
import java.util.Map;
import org.migrationmodel.programme.Programme;
import org.migrationmodel.taxonomy.Theme;
import org.migrationmodel.validation.Pointers;
import org.migrationmodel.validation.RuleContext;

/** Every theme that {@link ThemeSupport#implied} finds is listed among the themes. */
public final class ImpliedThemeMissing implements ProgrammeCheck {
  @Override
  public void check(Programme programme, RuleContext context) {
    List<Theme> listed = programme.classification().themes();
    for (Map.Entry<Theme, String> implied :
        ThemeSupport.implied(programme.classification()).entrySet()) {
      Theme theme = implied.getKey();
      if (!listed.contains(theme)) {
        context.report(
            Pointers.of("classification", "themes"),
            "The programme contributes to theme "
                + theme.number()
                + ", "
                + theme.code()
                + ", because "
                + implied.getValue()
                + "; add "
                + theme.code()
                + " to the themes.",
            List.of(theme.code()));
      }
    }
  }
}
