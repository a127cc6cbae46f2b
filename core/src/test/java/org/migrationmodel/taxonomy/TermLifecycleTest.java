package org.migrationmodel.taxonomy;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.testing.EqualsTester;
import org.junit.jupiter.api.Test;

class TermLifecycleTest {

  @Test
  void lifecyclesAreEqualWhenStatusAndVersionsAre() {
    new EqualsTester()
        .addEqualityGroup(TermLifecycle.active("1.0"), TermLifecycle.active("1.0"))
        .addEqualityGroup(TermLifecycle.active("1.1"))
        .addEqualityGroup(
            TermLifecycle.withdrawn("1.0", "1.1"), TermLifecycle.withdrawn("1.0", "1.1"))
        .addEqualityGroup(TermLifecycle.withdrawn("1.0", "1.2"))
        .addEqualityGroup(TermLifecycle.withdrawn("1.1", "1.2"))
        .testEquals();
  }

  @Test
  void aLifecycleReadsAsItsVersions() {
    assertThat(TermLifecycle.active("1.0")).hasToString("active since 1.0");
    assertThat(TermLifecycle.withdrawn("1.0", "1.1"))
        .hasToString("introduced in 1.0, withdrawn in 1.1");
  }
}
