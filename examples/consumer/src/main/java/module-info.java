/** A user's module that validates programmes with migration-model. */
module org.example.consumer {
  requires org.migrationmodel.core;
}
