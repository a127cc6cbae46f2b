package org.migrationmodel.iati;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The narratives of an element an activity gives once, such as its title: in one element with a
 * narrative per language, or, as the African Development Bank publishes, in one element per
 * language. A later element is a translation while its languages are new; one that gives a language
 * again is a second element, which the caller reports. In IATI 1.0x, where a title or description
 * holds its text directly, every element is taken as a translation.
 */
final class Translations {
  private final List<RawActivity.Narrative> narratives = new ArrayList<>();
  private final Set<String> languages = new HashSet<>();
  private boolean seen;

  /**
   * Adds an element's narratives.
   *
   * @param more an element's narratives
   * @param anyLanguage whether the element is taken whatever its languages (IATI 1.0x)
   * @return false, adding nothing, when an element came before and this one gives a language again
   */
  boolean add(List<RawActivity.Narrative> more, boolean anyLanguage) {
    Set<String> given = new HashSet<>();
    more.forEach(narrative -> given.add(narrative.language()));
    if (!anyLanguage && given.stream().anyMatch(languages::contains)) {
      return false;
    }
    seen = true;
    narratives.addAll(more);
    languages.addAll(given);
    return true;
  }

  /** Whether an element was taken. */
  boolean seen() {
    return seen;
  }

  ImmutableList<RawActivity.Narrative> narratives() {
    return ImmutableList.copyOf(narratives);
  }
}
