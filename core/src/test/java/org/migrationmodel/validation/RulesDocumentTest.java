package org.migrationmodel.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** docs/rules.md and {@link StandardRule} must list the same rules with the same severities. */
class RulesDocumentTest {
  // Tests run in the core module's directory; the document is the project's.
  private static final Path DOCUMENT = Path.of("..", "docs", "rules.md");
  // A table row whose first cell is a rule id in backticks: | `allocation-sum` | ERROR | ...
  private static final Pattern RULE_ROW =
      Pattern.compile("^\\|\\s*`([a-z0-9-]+)`\\s*\\|\\s*([^|]*?)\\s*\\|");

  private static final List<String> documentedIds = new ArrayList<>();
  private static final Map<String, String> documentedSeverities = new LinkedHashMap<>();

  @BeforeAll
  static void readDocument() throws IOException {
    for (String line : Files.readAllLines(DOCUMENT, StandardCharsets.UTF_8)) {
      Matcher row = RULE_ROW.matcher(line);
      if (row.find()) {
        documentedIds.add(row.group(1));
        documentedSeverities.put(row.group(1), row.group(2));
      }
    }
  }

  @Test
  void theDocumentListsEveryStandardRuleOnceInTheEnumsOrder() {
    assertThat(documentedIds)
        .containsExactlyElementsOf(
            Arrays.stream(StandardRule.values()).map(StandardRule::id).toList());
  }

  @Test
  void theDocumentGivesEachRuleItsDefaultSeverity() {
    Map<String, String> severities = new LinkedHashMap<>();
    for (StandardRule rule : StandardRule.values()) {
      severities.put(rule.id(), rule.defaultSeverity().name());
    }
    assertThat(documentedSeverities).containsExactlyEntriesOf(severities);
  }
}
