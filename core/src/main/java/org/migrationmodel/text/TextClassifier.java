package org.migrationmodel.text;

/**
 * Reads a programme's title and description and says what they are about. Implementations are
 * immutable and thread-safe, so that one instance can be shared, and deterministic: the same text
 * gives the same classification.
 */
@FunctionalInterface
public interface TextClassifier {

  /**
   * Classifies a programme's text.
   *
   * @param title the title; not null, may be empty
   * @param description the description; not null, empty when there is none
   * @return the classification, never null; it suggests nothing for a text not about migration or
   *     in a language the classifier does not read
   * @throws NullPointerException when title or description is null
   */
  TextClassification classify(String title, String description);
}
