package org.migrationmodel.iati;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Chooses the one text a programme holds among an activity's narratives: the one in the activity's
 * language, else in English, French or Spanish, else the first non-empty one. The others are not
 * kept.
 */
final class Narratives {
  private static final List<String> PREFERRED = List.of("en", "fr", "es");

  private Narratives() {}

  /**
   * The chosen narrative's text, empty when there is none with text.
   *
   * @param what {@code title} or {@code description}, for what is not kept
   */
  static Optional<String> choose(
      List<RawActivity.Narrative> narratives, String language, String what, MappingLog log) {
    List<RawActivity.Narrative> withText = new ArrayList<>();
    for (RawActivity.Narrative narrative : narratives) {
      if (!narrative.text().isEmpty()) {
        withText.add(narrative);
      }
    }
    List<String> order = new ArrayList<>();
    order.add(language);
    order.addAll(PREFERRED);
    RawActivity.Narrative chosen = null;
    for (String wanted : order) {
      for (RawActivity.Narrative narrative : withText) {
        if (chosen == null && narrative.language().equals(wanted)) {
          chosen = narrative;
        }
      }
    }
    if (chosen == null && !withText.isEmpty()) {
      chosen = withText.get(0);
    }
    for (RawActivity.Narrative narrative : withText) {
      if (!narrative.equals(chosen)) {
        log.notKept(
            NotKept.qualified(
                narrative.at(),
                "[@xml:lang!=chosen]",
                "a " + what + " in another language is not kept: a programme holds one " + what));
      }
    }
    return Optional.ofNullable(chosen).map(RawActivity.Narrative::text);
  }
}
