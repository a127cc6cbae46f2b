package org.migrationmodel;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.base.Splitter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.spi.ToolProvider;
import org.junit.jupiter.api.Test;
import org.migrationmodel.apitest.PlannedApi;

/**
 * The exported API of migration-model-core is planned: its exported packages and their public types
 * are listed in {@code exported-api.txt}, and an addition or removal fails here until the list is
 * changed on purpose. Once 0.1.0 is released, japicmp guards what remains.
 */
class ExportedApiTest {
  // Tests run in the core module's directory.
  private static final Path CLASSES = Path.of("target", "classes");

  @Test
  void theExportedPackagesAndTheirPublicTypesAreThePlannedOnes() throws Exception {
    assertThat(PlannedApi.exported(CLASSES, getClass().getClassLoader()))
        .containsExactlyElementsOf(PlannedApi.planned(getClass()));
  }

  @Test
  void theInternalPackageIsNotExported() throws IOException {
    assertThat(PlannedApi.exportedPackages(CLASSES)).doesNotContain("org.migrationmodel.internal");
  }

  @Test
  void noPackageOfCoreDependsOnItselfThroughAnother() throws IOException {
    Map<String, Set<String>> dependencies = packageDependencies();

    assertThat(dependencies).isNotEmpty();
    for (String start : dependencies.keySet()) {
      assertThat(reachableFrom(start, dependencies))
          .as("packages reachable from %s", start)
          .doesNotContain(start);
    }
  }

  /** Package to packages it uses, within the library, as jdeps finds them in the classes. */
  private static Map<String, Set<String>> packageDependencies() {
    ToolProvider jdeps = ToolProvider.findFirst("jdeps").orElseThrow();
    StringWriter out = new StringWriter();
    int status =
        jdeps.run(
            new PrintWriter(out),
            new PrintWriter(new StringWriter()),
            "--multi-release",
            "17",
            "--module-path",
            modulePath(),
            "-verbose:package",
            "-filter:none",
            "-e",
            "org\\.migrationmodel\\..*",
            CLASSES.toString());
    assertThat(status).as("jdeps exit status; output:%n%s", out).isZero();
    Map<String, Set<String>> dependencies = new HashMap<>();
    for (String line : out.toString().lines().toList()) {
      List<String> words = Splitter.onPattern("\\s+").omitEmptyStrings().splitToList(line);
      // Such as: org.migrationmodel.validation -> org.migrationmodel.programme  core
      if (words.size() >= 3 && words.get(1).equals("->") && words.get(0).startsWith("org.")) {
        dependencies.computeIfAbsent(words.get(0), key -> new HashSet<>()).add(words.get(2));
      }
    }
    dependencies
        .values()
        .forEach(used -> used.removeIf(pkg -> !pkg.startsWith("org.migrationmodel")));
    dependencies.forEach((pkg, used) -> used.remove(pkg));
    return dependencies;
  }

  /** The module path the tests run with, where jdeps finds the modules that core requires. */
  private static String modulePath() {
    String modulePath = System.getProperty("jdk.module.path");
    return modulePath != null ? modulePath : System.getProperty("java.class.path");
  }

  private static Set<String> reachableFrom(String start, Map<String, Set<String>> dependencies) {
    Set<String> reached = new HashSet<>();
    List<String> next = new ArrayList<>(dependencies.getOrDefault(start, Set.of()));
    while (!next.isEmpty()) {
      String pkg = next.remove(next.size() - 1);
      if (reached.add(pkg)) {
        next.addAll(dependencies.getOrDefault(pkg, Set.of()));
      }
    }
    return reached;
  }
}
