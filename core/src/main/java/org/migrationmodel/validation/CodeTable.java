package org.migrationmodel.validation;

import com.google.common.base.Splitter;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A pinned table of standard codes, read from a resource of this library, so that a code means the
 * same on every JDK. Each line holds a code, its kind, the year it was withdrawn, its replacements
 * and a name, separated by tabs; lines starting with {@code #} are comments.
 */
final class CodeTable {
  private static final Splitter COLUMNS = Splitter.on('\t');
  private static final Splitter CODES = Splitter.on(' ').omitEmptyStrings();

  /** One code of the table. */
  record Entry(String code, String kind, String withdrawnIn, ImmutableList<String> replacements) {}

  private final ImmutableMap<String, Entry> entries;

  private CodeTable(ImmutableMap<String, Entry> entries) {
    this.entries = entries;
  }

  /**
   * Reads a table from a resource of the validation package, such as {@code iso4217.tsv}, whose
   * kinds are all among those given.
   */
  static CodeTable read(String resource, Set<String> kinds) {
    String path = "/org/migrationmodel/validation/" + resource;
    ImmutableMap.Builder<String, Entry> entries = ImmutableMap.builder();
    try (InputStream in = CodeTable.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("The code table " + path + " is missing from the jar");
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (!line.isEmpty() && !line.startsWith("#")) {
          List<String> columns = COLUMNS.splitToList(line);
          if (!kinds.contains(columns.get(1))) {
            throw new IllegalStateException("Unknown kind in " + path + ": " + line);
          }
          entries.put(
              columns.get(0),
              new Entry(
                  columns.get(0),
                  columns.get(1),
                  columns.get(2),
                  ImmutableList.copyOf(CODES.split(columns.get(3)))));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the code table " + path, e);
    }
    return new CodeTable(entries.buildOrThrow());
  }

  /** The entry of a code, or empty when the table does not hold it. */
  Optional<Entry> get(String code) {
    return Optional.ofNullable(entries.get(code));
  }

  /** Whether the table holds a code of the kind. */
  boolean hasKind(String code, String kind) {
    Entry entry = entries.get(code);
    return entry != null && entry.kind().equals(kind);
  }
}
