package org.migrationmodel.iati;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;

/**
 * The IATI 2.03 schemas and the schema project's test documents, carried in the test resources
 * ({@code org/migrationmodel/iati/schema}, with their source and licence in SOURCE.md there).
 */
final class IatiReference {
  private IatiReference() {}

  /** The folder of the schemas, beside {@code should-pass/} and {@code should-fail/}. */
  static Path folder() {
    URL schema = IatiReference.class.getResource("schema/iati-activities-schema.xsd");
    if (schema == null) {
      throw new IllegalStateException("The IATI schemas are missing from the test resources");
    }
    try {
      return Path.of(schema.toURI()).getParent();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  static Path schema() {
    return folder().resolve("iati-activities-schema.xsd");
  }
}
