package org.migrationmodel.iati;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The IATI 2.03 schemas and test documents of the shared reference folder, which a user's clone
 * does not have: found as {@code shared/reference/iati} beside the project root or one of its
 * parents, or at the path in the system property {@code iati.reference}. Tests that need them skip
 * with a message saying so when they are absent.
 */
final class IatiReference {
  private static final Path FOLDER = Path.of("shared", "reference", "iati");

  private IatiReference() {}

  static Path folder() {
    Optional<Path> found = find();
    assumeTrue(
        found.isPresent(),
        "IATI 2.03 reference folder not found (shared/reference/iati beside the project root, or"
            + " -Diati.reference=PATH); schema checks skipped");
    return found.get();
  }

  static Path schema() {
    return folder().resolve("iati-activities-schema.xsd");
  }

  private static Optional<Path> find() {
    String property = System.getProperty("iati.reference");
    if (property != null) {
      return Optional.of(Path.of(property)).filter(Files::isDirectory);
    }
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      Path candidate = dir.resolve(FOLDER);
      if (Files.isRegularFile(candidate.resolve("iati-activities-schema.xsd"))) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }
}
