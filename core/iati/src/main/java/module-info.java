/**
 * IATI activity XML for the managing-migration model: {@link org.migrationmodel.iati.IatiExporter}
 * publishes programmes as IATI 2.03 {@code iati-activity} records and {@link
 * org.migrationmodel.iati.IatiImporter} reads IATI activity files (2.0x and 1.0x) back into
 * programmes, streamed with the JDK's StAX.
 */
module org.migrationmodel.iati {
  requires transitive org.migrationmodel.core;
  requires transitive java.xml;
  // Compile-time only: the Immutables annotations on core's types, which javac and javadoc read.
  requires static org.immutables.value.annotations;

  exports org.migrationmodel.iati;
}
