package org.migrationmodel.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.spi.ToolProvider;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The decoder's package, {@code org.migrationmodel.json.internal}, is not exported (but to the
 * Jackson 3 module), yet its public types are visible on the class path. So a type there is public
 * only when a class of the json package calls it, as jdeps sees the compiled classes, or for the
 * reason given below.
 */
class InternalPackageTest {
  private static final String INTERNAL = "org.migrationmodel.json.internal";
  // Tests run in the json module's directory.
  private static final Path CLASSES = Path.of("target", "classes");
  private static final Pattern EDGE = Pattern.compile("^\\s+(\\S+)\\s+->\\s+(\\S+)\\s.*$");

  // The format's members and the objects that hold them: the json package's tests enumerate them
  // to try every member (BadInputTest, FormatDocumentationTest).
  private static final Set<String> PUBLIC_FOR_TESTS =
      Set.of(INTERNAL + ".Member", INTERNAL + ".DocumentObject");

  @Test
  void aTypeOfTheInternalPackageIsPublicOnlyWhenTheJsonPackageUsesIt() throws Exception {
    Set<String> needed = new TreeSet<>(usedByTheJsonPackage());
    needed.addAll(PUBLIC_FOR_TESTS);

    assertThat(publicTopLevelTypes()).isNotEmpty().isSubsetOf(needed);
  }

  private static Set<String> publicTopLevelTypes() throws IOException, ClassNotFoundException {
    Set<String> types = new TreeSet<>();
    try (Stream<Path> files = Files.list(CLASSES.resolve(INTERNAL.replace('.', '/')))) {
      for (Path file : files.toList()) {
        String name = file.getFileName().toString();
        if (name.endsWith(".class") && !name.contains("$") && !name.startsWith("package-info")) {
          String type = INTERNAL + "." + name.substring(0, name.length() - ".class".length());
          Class<?> loaded = Class.forName(type, false, InternalPackageTest.class.getClassLoader());
          if (Modifier.isPublic(loaded.getModifiers())) {
            types.add(type);
          }
        }
      }
    }
    return types;
  }

  /** The internal types that classes of the json package itself use, from jdeps. */
  private static Set<String> usedByTheJsonPackage() {
    ToolProvider jdeps = ToolProvider.findFirst("jdeps").orElseThrow();
    List<String> options = new ArrayList<>(List.of("--multi-release", "17", "-verbose:class"));
    String modulePath = System.getProperty("jdk.module.path", "");
    options.addAll(
        List.of(
            "--module-path",
            modulePath.isEmpty() ? System.getProperty("java.class.path") : modulePath));
    options.add(CLASSES.toString());
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int status =
        jdeps.run(new PrintWriter(out), new PrintWriter(err), options.toArray(new String[0]));
    assertThat(status).as("jdeps: %s%s", out, err).isZero();
    Set<String> used = new TreeSet<>();
    for (String line : out.toString().lines().toList()) {
      Matcher edge = EDGE.matcher(line);
      if (edge.matches()
          && packageOf(edge.group(1)).equals("org.migrationmodel.json")
          && packageOf(edge.group(2)).equals(INTERNAL)) {
        used.add(edge.group(2).replaceFirst("\\$.*", ""));
      }
    }
    assertThat(used).as("jdeps output:%n%s", out).isNotEmpty();
    return used;
  }

  private static String packageOf(String type) {
    return type.substring(0, type.lastIndexOf('.'));
  }
}
