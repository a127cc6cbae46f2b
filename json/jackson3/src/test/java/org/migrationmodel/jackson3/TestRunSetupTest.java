package org.migrationmodel.jackson3;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.cfg.PackageVersion;

/**
 * The build runs these tests once per supported Jackson 3 (json/jackson3/pom.xml); this checks that
 * each run has the Jacksons it claims, Jackson 2's databind only where it says so, and the module
 * path where it says so, so that a run cannot pass on the wrong path unnoticed.
 */
class TestRunSetupTest {
  @Test
  void theRunHasTheJackson3ItIsMeantToTest() {
    assertThat(PackageVersion.VERSION.toString())
        .isEqualTo(System.getProperty("expected.jackson3.version"));
    assertThat(tools.jackson.core.json.PackageVersion.VERSION.toString())
        .isEqualTo(System.getProperty("expected.jackson3.version"));
  }

  @Test
  void theRunHasTheJackson2StreamingApiItIsMeantToTest() {
    assertThat(com.fasterxml.jackson.core.json.PackageVersion.VERSION.toString())
        .isEqualTo(System.getProperty("expected.jackson2.version"));
  }

  @Test
  void jackson2DatabindIsThereOnlyWhereTheRunSaysSo() {
    assertThat(isPresent("com.fasterxml.jackson.databind.ObjectMapper"))
        .isEqualTo(System.getProperty("expected.jackson2.databind").equals("present"));
  }

  @Test
  void theModuleIsOnTheModulePathOnlyWhereTheRunSaysSo() {
    assertThat(MigrationModelModule.class.getModule().isNamed())
        .isEqualTo(Boolean.parseBoolean(System.getProperty("expected.module.path")));
  }

  private static boolean isPresent(String className) {
    try {
      Class.forName(className, false, TestRunSetupTest.class.getClassLoader());
      return true;
    } catch (ClassNotFoundException e) {
      return false;
    }
  }
}
