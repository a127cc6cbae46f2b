package org.migrationmodel.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.migrationmodel.json.internal.Member;

/** {@code docs/json-format.md} keeps up with the finding ids and the members of the format. */
class FormatDocumentationTest {
  // Tests run in the json module's directory.
  private static final Path FORMAT = Path.of("..", "docs", "json-format.md");

  @Test
  void everyFindingIdAndEveryMemberIsDocumented() throws IOException {
    String format = Files.readString(FORMAT, StandardCharsets.UTF_8);

    for (JsonProblem problem : JsonProblem.values()) {
      assertThat(format).contains("| `" + problem.id() + "` |");
    }
    for (Member member : Member.values()) {
      assertThat(format).contains("`" + member.jsonName() + "`");
    }
  }
}
