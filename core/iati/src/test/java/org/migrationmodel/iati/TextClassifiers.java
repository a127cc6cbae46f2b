package org.migrationmodel.iati;

import java.util.List;
import org.migrationmodel.taxonomy.Activity;
import org.migrationmodel.taxonomy.SupportedLanguage;
import org.migrationmodel.text.TermSuggestion;
import org.migrationmodel.text.TextClassification;
import org.migrationmodel.text.TextClassifier;

/** Text classifiers with fixed answers, for tests. */
final class TextClassifiers {
  private TextClassifiers() {}

  /** Reads every text as English about migration, pointing to one activity. */
  static TextClassifier pointingTo(Activity activity, double confidence, String... evidence) {
    return (title, description) ->
        TextClassification.builder()
            .languageTag("en")
            .language(SupportedLanguage.ENGLISH)
            .aboutMigration(true)
            .addActivities(TermSuggestion.of(activity, confidence, List.of(evidence)))
            .build();
  }

  /** Reads every text as English and not about migration. */
  static TextClassifier notAboutMigration() {
    return (title, description) ->
        TextClassification.builder()
            .languageTag("en")
            .language(SupportedLanguage.ENGLISH)
            .aboutMigration(false)
            .build();
  }
}
