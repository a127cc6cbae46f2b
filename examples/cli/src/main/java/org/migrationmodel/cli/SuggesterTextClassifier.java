package org.migrationmodel.cli;

import java.util.List;
import org.migrationmodel.iati.TextClassifier;
import org.migrationmodel.iati.TextSuggestion;
import org.migrationmodel.suggester.Suggester;

/**
 * Backs the IATI importer's text proposals with the suggester until the importer calls {@link
 * org.migrationmodel.text.TextClassifier} itself. The importer wants scores in (0, 1], so
 * activities whose confidence rounds to nothing are left out; a text the suggester judges not about
 * migration, or does not read, proposes nothing.
 */
final class SuggesterTextClassifier implements TextClassifier {
  private final Suggester suggester = Suggester.standard();

  @Override
  public List<TextSuggestion> suggest(String title, String description) {
    return suggester.classify(title, description).activities().stream()
        .filter(suggestion -> suggestion.confidence() > 0)
        .map(
            suggestion ->
                new TextSuggestion(
                    suggestion.term(),
                    suggestion.confidence(),
                    String.join("; ", suggestion.evidence())))
        .toList();
  }
}
