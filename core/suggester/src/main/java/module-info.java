/**
 * Suggests managing-migration activities from a programme's own words: the {@link
 * org.migrationmodel.suggester.Suggester}, and {@link org.migrationmodel.suggester.SuggesterRules}
 * to check a programme's classification against its text. Uses Lucene's analyzers for stemming
 * English, French and Spanish; core itself never depends on Lucene.
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
