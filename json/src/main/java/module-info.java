/**
 * JSON for the managing-migration model: the {@link org.migrationmodel.json.ProgrammeReader} and
 * {@link org.migrationmodel.json.ProgrammeWriter} of programme documents, the Jackson {@link
 * org.migrationmodel.json.MigrationModelModule}, and the published schema and catalogue files.
 */
module org.migrationmodel.json {
  requires transitive org.migrationmodel.core;
  requires transitive com.fasterxml.jackson.core;
  requires transitive com.fasterxml.jackson.databind;
  // Compile-time only: the Immutables annotations on core's types, which javac and javadoc read
  // when they load those types; without them javadoc warns of an unknown enum constant.
  requires static org.immutables.value.annotations;

  exports org.migrationmodel.json;

  provides com.fasterxml.jackson.databind.Module with
      org.migrationmodel.json.MigrationModelModule;
}
