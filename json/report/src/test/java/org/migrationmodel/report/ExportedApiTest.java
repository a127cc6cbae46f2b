package org.migrationmodel.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.migrationmodel.apitest.PlannedApi;

/**
 * The exported API of migration-model-report is planned: its exported package and its public types
 * are listed in {@code exported-api.txt}, and an addition or removal fails here until the list is
 * changed on purpose.
 */
class ExportedApiTest {
  // Tests run in the module's directory.
  private static final Path CLASSES = Path.of("target", "classes");

  @Test
  void theExportedPackageAndItsPublicTypesAreThePlannedOnes() throws Exception {
    assertThat(PlannedApi.exported(CLASSES, getClass().getClassLoader()))
        .containsExactlyElementsOf(PlannedApi.planned(getClass()));
  }
}
