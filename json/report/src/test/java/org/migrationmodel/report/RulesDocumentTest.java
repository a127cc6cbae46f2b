package org.migrationmodel.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.StringJoiner;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.migrationmodel.validation.FindingType;
import org.migrationmodel.validation.StandardRule;

/**
 * docs/rules.md lists every finding id as {@link FindingCatalogue#standard()} declares it: its
 * table between the two markers is the catalogue's, row for row, and its table of pointers has a
 * row for each standard rule. When the first differs, the failure shows the table to put there.
 */
class RulesDocumentTest {
  // Tests run in the module's directory, json/report.
  private static final Path RULES = Path.of("..", "..", "docs", "rules.md");
  private static final String START = "<!-- finding-ids: start -->";
  private static final String END = "<!-- finding-ids: end -->";

  @Test
  void theTableOfFindingIdsIsTheCatalogues() throws IOException {
    String document = Files.readString(RULES, StandardCharsets.UTF_8);
    int start = document.indexOf(START);
    int end = document.indexOf(END);
    assertThat(start).as("docs/rules.md has the marker %s", START).isNotNegative();
    assertThat(end).as("docs/rules.md has the marker %s after the first", END).isGreaterThan(start);

    String documented = document.substring(start + START.length(), end).strip();
    assertThat(documented).isEqualTo(table(FindingCatalogue.standard()));
  }

  @Test
  void theTableOfPointersHasEveryStandardRuleInOrder() throws IOException {
    List<String> pointed =
        Files.readString(RULES, StandardCharsets.UTF_8)
            .lines()
            .dropWhile(line -> !line.equals("| Rule id | Pointer |"))
            .skip(2)
            .takeWhile(line -> line.startsWith("| `"))
            .map(line -> line.substring(3, line.indexOf('`', 3)))
            .toList();
    assertThat(pointed).isEqualTo(Stream.of(StandardRule.values()).map(StandardRule::id).toList());
  }

  @Test
  void aCellKeepsAPipeAsText() {
    assertThat(cell("a | b")).isEqualTo("a \\| b");
  }

  private static String table(FindingCatalogue catalogue) {
    StringJoiner rows = new StringJoiner("\n");
    rows.add("| Finding id | Severity | Reported by | What it means | Why |");
    rows.add("|---|---|---|---|---|");
    for (FindingCatalogue.Entry entry : catalogue.entries()) {
      FindingType type = entry.type();
      rows.add(
          "| `"
              + type.id()
              + "` | "
              + type.severity()
              + " | "
              + entry.origin().label()
              + " | "
              + cell(type.summary())
              + " | "
              + cell(type.rationale())
              + " |");
    }
    return rows.toString();
  }

  private static String cell(String text) {
    return text.replace("|", "\\|");
  }
}
