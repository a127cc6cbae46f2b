package org.migrationmodel.iati;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.migrationmodel.apitest.PlannedApi;

/**
 * The exported API of migration-model-iati is planned: its exported packages and their public types
 * are listed in {@code exported-api.txt}, and an addition or removal fails here until the list is
 * changed on purpose.
 */
class ExportedApiTest {
  // Tests run in the module's directory.
  private static final Path CLASSES = Path.of("target", "classes");

  @Test
  void theExportedPackagesAndTheirPublicTypesAreThePlannedOnes() throws Exception {
    assertThat(PlannedApi.exported(CLASSES, getClass().getClassLoader()))
        .containsExactlyElementsOf(PlannedApi.planned(getClass()));
  }
}
