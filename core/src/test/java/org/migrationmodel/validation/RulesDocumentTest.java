package org.migrationmodel.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * docs/rules.md gives the members each {@link StandardRule} depends on. Its tables of rule ids are
 * checked against the catalogue of every finding id by migration-model-report's {@code
 * RulesDocumentTest}.
 */
class RulesDocumentTest {
  // Tests run in the core module's directory; the document is the project's.
  private static final Path DOCUMENT = Path.of("..", "docs", "rules.md");
  private static final String DEPENDENCIES_SECTION = "## Findings that follow from a value";
  private static final Pattern CODE = Pattern.compile("`([^`]+)`");

  @Test
  void theDocumentGivesTheMembersEachRuleDependsOn() throws IOException {
    Map<String, Set<String>> dependencies = new LinkedHashMap<>();
    for (StandardRule rule : StandardRule.values()) {
      if (!rule.dependsOn().isEmpty()) {
        dependencies.put(rule.id(), rule.dependsOn());
      }
    }
    assertThat(documentedDependencies()).containsExactlyInAnyOrderEntriesOf(dependencies);
  }

  /** The bullets of the section on findings that follow: "- `rule-id`, ...: `/pointer`, ...". */
  private static Map<String, Set<String>> documentedDependencies() throws IOException {
    List<String> bullets = new ArrayList<>();
    boolean inSection = false;
    for (String line : Files.readAllLines(DOCUMENT, StandardCharsets.UTF_8)) {
      if (line.startsWith("## ")) {
        inSection = line.startsWith(DEPENDENCIES_SECTION);
      } else if (inSection && line.startsWith("- ")) {
        bullets.add(line.substring(2));
      } else if (inSection && line.startsWith("  ") && !bullets.isEmpty()) {
        bullets.set(bullets.size() - 1, bullets.get(bullets.size() - 1) + " " + line.strip());
      }
    }
    Map<String, Set<String>> documented = new LinkedHashMap<>();
    for (String bullet : bullets) {
      int colon = bullet.indexOf(':');
      Set<String> pointers = Set.copyOf(quoted(bullet.substring(colon + 1)));
      for (String id : quoted(bullet.substring(0, colon))) {
        documented.put(id, pointers);
      }
    }
    return documented;
  }

  private static List<String> quoted(String text) {
    List<String> quoted = new ArrayList<>();
    Matcher code = CODE.matcher(text);
    while (code.find()) {
      quoted.add(code.group(1));
    }
    return quoted;
  }
}
