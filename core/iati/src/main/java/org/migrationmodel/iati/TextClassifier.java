package org.migrationmodel.iati;

import java.util.List;

/**
 * Proposes the model's activities for a free text, such as an activity's title and description. The
 * importer asks it only for activities that this library did not write; the suggester module can
 * back it. Implementations must be thread-safe if the importer is shared.
 */
@FunctionalInterface
public interface TextClassifier {

  /**
   * Suggests activities for an activity's texts.
   *
   * @param title the title, never null, possibly empty
   * @param description the description, never null, empty when there is none
   * @return suggestions, best first; empty when nothing fits; never null
   */
  List<TextSuggestion> suggest(String title, String description);
}
