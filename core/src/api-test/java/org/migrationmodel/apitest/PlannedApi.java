package org.migrationmodel.apitest;

import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The API a published module exports, read from its compiled classes, and the API planned for it,
 * read from the {@code exported-api.txt} beside its test. Shared by the {@code ExportedApiTest} of
 * core, testlib and json (each module adds this source folder to its tests).
 */
public final class PlannedApi {
  private PlannedApi() {}

  /** The planned API: the lines of {@code exported-api.txt} beside the test, less comments. */
  public static List<String> planned(Class<?> test) throws IOException {
    try (InputStream in = test.getResourceAsStream("exported-api.txt")) {
      if (in == null) {
        throw new IllegalStateException("No exported-api.txt beside " + test.getName());
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8)
          .lines()
          .filter(line -> !line.isBlank() && !line.startsWith("#"))
          .toList();
    }
  }

  /**
   * The packages exported to every module: those of the module descriptor, or every package of the
   * classes when there is none (an automatic module exports them all).
   */
  public static Set<String> exportedPackages(Path classes) throws IOException {
    Path descriptor = classes.resolve("module-info.class");
    if (Files.exists(descriptor)) {
      try (InputStream in = Files.newInputStream(descriptor)) {
        return ModuleDescriptor.read(in).exports().stream()
            .filter(export -> !export.isQualified())
            .map(ModuleDescriptor.Exports::source)
            .collect(Collectors.toCollection(TreeSet::new));
      }
    }
    try (Stream<Path> files = Files.walk(classes)) {
      return files
          .filter(file -> file.toString().endsWith(".class"))
          .map(file -> classes.relativize(file.getParent()).toString())
          .map(directory -> directory.replace(classes.getFileSystem().getSeparator(), "."))
          .collect(Collectors.toCollection(TreeSet::new));
    }
  }

  /**
   * Each exported package as {@code package NAME}, followed by its public types (nested ones with
   * {@code $}) in name order.
   */
  public static List<String> exported(Path classes, ClassLoader loader) throws Exception {
    List<String> api = new ArrayList<>();
    for (String pkg : exportedPackages(classes)) {
      api.add("package " + pkg);
      Set<String> types = new TreeSet<>();
      try (Stream<Path> files = Files.list(classes.resolve(pkg.replace('.', '/')))) {
        for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
          String name = pkg + "." + file.getFileName().toString().replace(".class", "");
          if (!name.endsWith("package-info") && isVisible(Class.forName(name, false, loader))) {
            types.add(name);
          }
        }
      }
      api.addAll(types);
    }
    return api;
  }

  private static boolean isVisible(Class<?> type) {
    for (Class<?> t = type; t != null; t = t.getEnclosingClass()) {
      if (!Modifier.isPublic(t.getModifiers()) || t.isAnonymousClass()) {
        return false;
      }
    }
    return true;
  }
}
