/**
 * A user's module that validates programmes, and reads and writes them as JSON, with
 * migration-model. The fixtures' testlib is an automatic module (it has no module-info), which
 * -Xlint:all would otherwise report.
 */
@SuppressWarnings("requires-automatic")
module org.example.consumer {
  requires org.migrationmodel.core;
  requires org.migrationmodel.json;
  requires org.migrationmodel.testlib;
}
