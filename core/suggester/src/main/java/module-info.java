/**
 * Classifies a programme's own words: the {@link org.migrationmodel.suggester.Suggester}, core's
 * {@link org.migrationmodel.text.TextClassifier} for English, French and Spanish (whether the text
 * is about migration, then its activities with calibrated confidences), and {@link
 * org.migrationmodel.suggester.SuggesterRules} to check a programme's classification against its
 * text. Uses Lucene's analyzers for stemming English, French and Spanish; core itself never depends
 * on Lucene.
 */
module org.migrationmodel.suggester {
  requires transitive org.migrationmodel.core;
  requires org.apache.lucene.core;
  requires org.apache.lucene.analysis.common;
  // Compile-time only: the Immutables annotations on core's types, which javac and javadoc read
  // when they load those types.
  requires static org.immutables.value.annotations;

  exports org.migrationmodel.suggester;
}
