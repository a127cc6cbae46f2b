package org.migrationmodel.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonMappingException;
import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.migrationmodel.MigrationModelException;
import org.migrationmodel.apitest.PlannedApi;

/**
 * The exported API of migration-model-json is planned: its exported packages and their public types
 * are listed in {@code exported-api.txt}, and an addition or removal fails here until the list is
 * changed on purpose. The decoder's package is exported to the Jackson 3 module alone.
 */
class ExportedApiTest {
  // Tests run in the json module's directory.
  private static final Path CLASSES = Path.of("target", "classes");

  @Test
  void theExportedPackagesAndTheirPublicTypesAreThePlannedOnes() throws Exception {
    assertThat(exportedApi()).containsExactlyElementsOf(PlannedApi.planned(getClass()));
  }

  @Test
  void theInternalPackageIsExportedToTheJackson3ModuleAlone() throws IOException {
    assertThat(exports())
        .filteredOn(export -> export.source().equals("org.migrationmodel.json.internal"))
        .singleElement()
        .satisfies(
            export -> assertThat(export.targets()).containsExactly("org.migrationmodel.jackson3"));
  }

  @Test
  void everyExceptionOfTheApiIsUnderTheRootOrIsJacksonsOwnAsDocumented() throws Exception {
    List<Class<?>> outsideTheRoot = new ArrayList<>();
    for (String name : exportedApi()) {
      if (!name.startsWith("package ")) {
        Class<?> type = Class.forName(name, false, getClass().getClassLoader());
        if (Throwable.class.isAssignableFrom(type)
            && !MigrationModelException.class.isAssignableFrom(type)) {
          outsideTheRoot.add(type);
        }
      }
    }

    // The one exception type outside MigrationModelException: Jackson's deserializers must throw
    // Jackson's types (MigrationModelException's Javadoc and docs/model.md).
    assertThat(outsideTheRoot).containsExactly(InvalidProgrammeJsonException.class);
    assertThat(JsonMappingException.class).isAssignableFrom(InvalidProgrammeJsonException.class);
  }

  private static Set<ModuleDescriptor.Exports> exports() throws IOException {
    try (InputStream in = Files.newInputStream(CLASSES.resolve("module-info.class"))) {
      return ModuleDescriptor.read(in).exports();
    }
  }

  private static List<String> exportedApi() throws Exception {
    return PlannedApi.exported(CLASSES, ExportedApiTest.class.getClassLoader());
  }
}
