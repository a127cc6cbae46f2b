package org.migrationmodel.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PointersTest {

  @Test
  void joinsMemberNamesAndIndexes() {
    assertThat(Pointers.of("classification", "secondaryActivities", 1))
        .isEqualTo("/classification/secondaryActivities/1");
    assertThat(Pointers.of()).isEmpty();
  }

  @Test
  void escapesTildeAndSlashAsRfc6901Requires() {
    assertThat(Pointers.of("a/b", "m~n")).isEqualTo("/a~1b/m~0n");
  }

  @Test
  void documentOrderComparesIndexesAsNumbersAndParentsFirst() {
    List<String> pointers =
        new ArrayList<>(
            List.of(
                "/countries/10",
                "/budget",
                "/countries/2/code",
                "/countries/2",
                "",
                "/countries/01"));
    pointers.sort(Pointers.documentOrder());
    assertThat(pointers)
        .containsExactly(
            "", "/budget", "/countries/01", "/countries/2", "/countries/2/code", "/countries/10");
  }
}
