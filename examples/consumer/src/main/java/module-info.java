/**
 * A user's module that validates programmes, and reads and writes them as JSON, with
 * migration-model.
 */
module org.example.consumer {
  requires org.migrationmodel.core;
  requires org.migrationmodel.json;
  requires org.migrationmodel.testlib;
}
