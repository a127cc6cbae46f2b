/**
 * The Jackson 3 ({@code tools.jackson}) support of the managing-migration model: the {@link
 * org.migrationmodel.jackson3.MigrationModelModule} for {@code JsonMapper}, which reads and writes
 * the format of {@code org.migrationmodel.json} with that module's decoder and encoder.
 */
// "module": javac would have no digit end a module name; this one's is Jackson's major version.
@SuppressWarnings("module")
module org.migrationmodel.jackson3 {
  requires transitive org.migrationmodel.json;
  requires transitive tools.jackson.databind;
  // Compile-time only, as in org.migrationmodel.json: the Immutables annotations on core's types.
  requires static org.immutables.value.annotations;

  exports org.migrationmodel.jackson3;

  provides tools.jackson.databind.JacksonModule with
      org.migrationmodel.jackson3.MigrationModelModule;
}
