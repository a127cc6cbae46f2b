/**
 * JSON for the managing-migration model: the {@link org.migrationmodel.json.ProgrammeReader} and
 * {@link org.migrationmodel.json.ProgrammeWriter} of programme documents, the Jackson {@link
 * org.migrationmodel.json.MigrationModelModule}, and the published schema and catalogue files.
 */
// "module": javac warns of the qualified export below when it builds this module, before the module
// it names exists.
@SuppressWarnings("module")
module org.migrationmodel.json {
  requires transitive org.migrationmodel.core;
  requires transitive com.fasterxml.jackson.core;
  requires transitive com.fasterxml.jackson.databind;
  // Compile-time only: the Immutables annotations on core's types, which javac and javadoc read
  // when they load those types; without them javadoc warns of an unknown enum constant.
  requires static org.immutables.value.annotations;

  exports org.migrationmodel.json;
  // The decoder and encoder, for the Jackson 3 module alone: not public API.
  exports org.migrationmodel.json.internal to
      org.migrationmodel.jackson3;

  provides com.fasterxml.jackson.databind.Module with
      org.migrationmodel.json.MigrationModelModule;
}
