/**
 * The managing-migration model: its vocabularies, the programme model and validation rules. Pure
 * domain code; JSON support lives in the {@code org.migrationmodel.json} module, test fixtures in
 * {@code org.migrationmodel.testlib} (the migration-model-testlib artifact).
 */
module org.migrationmodel.core {
  requires transitive com.google.common;
  // Compile-time only: annotations that Immutables and Error Prone put on generated code.
  requires static org.immutables.value.annotations;
  requires static com.google.errorprone.annotations;
  requires static java.compiler;

  exports org.migrationmodel;
  exports org.migrationmodel.taxonomy;
  exports org.migrationmodel.programme;
  exports org.migrationmodel.validation;
  exports org.migrationmodel.crosswalk;
  exports org.migrationmodel.text;
}
