package org.migrationmodel.json;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/** Reads docs/json.md and the test code it quotes, so that the two cannot drift apart. */
final class JsonPage {
  // Tests run in the json module's directory.
  private static final Path PAGE = Path.of("..", "docs", "json.md");
  private static final Path TEST_SOURCES = Path.of("src", "test", "java");

  private JsonPage() {}

  /** The whole page. */
  static String text() throws IOException {
    return Files.readString(PAGE, StandardCharsets.UTF_8);
  }

  /** The first fenced block of a language in a text, with its final line end. */
  static String block(String text, String language) {
    String fence = "```" + language + "\n";
    int start = text.indexOf(fence);
    if (start < 0) {
      throw new IllegalStateException("No ```" + language + " block");
    }
    start += fence.length();
    return text.substring(start, text.indexOf("```", start));
  }

  /** The lines of a test class between its DOCS-BEGIN and DOCS-END markers, dedented. */
  static String markedCode(Class<?> testClass) throws IOException {
    Path source = TEST_SOURCES.resolve(testClass.getName().replace('.', '/') + ".java");
    List<String> lines = Files.readAllLines(source, StandardCharsets.UTF_8);
    int begin = indexOfMarker(lines, "// DOCS-BEGIN");
    int end = indexOfMarker(lines, "// DOCS-END");
    List<String> code = lines.subList(begin + 1, end);
    int indent = code.get(0).indexOf(code.get(0).trim());
    return code.stream()
        .map(line -> line.length() >= indent ? line.substring(indent) : line.trim())
        .collect(Collectors.joining("\n", "", "\n"));
  }

  private static int indexOfMarker(List<String> lines, String marker) {
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).trim().equals(marker)) {
        return i;
      }
    }
    throw new IllegalStateException("No " + marker);
  }
}
