package org.migrationmodel.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The build's package-cycle check ({@code .mvn/checks/PackageCycles.java}, which runs on json's
 * classes with no cycle tolerated) can fail: given two packages that use each other, it exits with
 * 1 and names them, and it passes once the cycle is tolerated by name.
 */
class PackageCyclesCheckTest {
  // Tests run in the json module's directory.
  private static final Path CHECK = Path.of("..", ".mvn", "checks", "PackageCycles.java");

  // Compiled once for both tests: javac in its own process takes seconds.
  @TempDir static Path directory;
  private static Path classes;

  @BeforeAll
  static void compileTwoPackagesThatUseEachOther() throws IOException, InterruptedException {
    classes = compileCycle(directory);
  }

  @Test
  void aCycleBetweenTwoPackagesFailsTheCheck() throws Exception {
    Result result = runCheck(classes, "");

    assertThat(result.status()).isEqualTo(1);
    assertThat(result.output()).contains("cycle.a -> cycle.b").contains("cycle.b -> cycle.a");
  }

  @Test
  void aToleratedCycleDoesNotFailTheCheck() throws Exception {
    Result result = runCheck(classes, "cycle.a+cycle.b");

    assertThat(result.status()).isZero();
    assertThat(result.output()).contains("known cycle, still to remove: cycle.a <-> cycle.b");
  }

  private static Path compileCycle(Path root) throws IOException, InterruptedException {
    Path a =
        write(
            root.resolve("src/cycle/a/A.java"), "package cycle.a; public class A { cycle.b.B b; }");
    Path b =
        write(
            root.resolve("src/cycle/b/B.java"), "package cycle.b; public class B { cycle.a.A a; }");
    Path compiled = Files.createDirectories(root.resolve("classes"));
    Result javac = run(tool("javac"), "-d", compiled.toString(), a.toString(), b.toString());
    assertThat(javac.status()).as("javac: %s", javac.output()).isZero();
    return compiled;
  }

  private static Path write(Path file, String source) throws IOException {
    Files.createDirectories(file.getParent());
    return Files.writeString(file, source, StandardCharsets.UTF_8);
  }

  private record Result(int status, String output) {}

  private static Result runCheck(Path compiled, String knownCycles)
      throws IOException, InterruptedException {
    return run(tool("java"), CHECK.toString(), compiled.toString(), "", knownCycles);
  }

  /** A tool of the JDK that runs the tests. */
  private static String tool(String name) {
    return Path.of(System.getProperty("java.home"), "bin", name).toString();
  }

  private static Result run(String... command) throws IOException, InterruptedException {
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    return new Result(process.waitFor(), output);
  }
}
