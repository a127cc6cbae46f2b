package org.migrationmodel.cli;

import java.util.List;
import org.migrationmodel.iati.TextClassifier;
import org.migrationmodel.iati.TextSuggestion;
import org.migrationmodel.suggester.Suggester;
import org.migrationmodel.suggester.Suggestions;

/**
 * Backs the IATI importer's text proposals with the suggester. The importer wants scores in (0, 1],
 * so each score is taken relative to the score at which the suggester calls itself confident.
 */
final class SuggesterTextClassifier implements TextClassifier {
  private final Suggester suggester = Suggester.standard();

  @Override
  public List<TextSuggestion> suggest(String title, String description) {
    return suggester.suggest(title, description).activities().stream()
        .map(
            suggestion ->
                new TextSuggestion(
                    suggestion.term(),
                    Math.min(1.0, suggestion.score() / Suggestions.CONFIDENT_SCORE),
                    String.join("; ", suggestion.evidence())))
        .toList();
  }
}
