package org.migrationmodel.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * README stays a front page, and no page of the documentation links to a file or a heading that is
 * not there.
 */
class DocumentationLinksTest {
  private static final Path README = Path.of("../../README.md");
  private static final Path DOCS = Path.of("../../docs");
  private static final int README_MOST_LINES = 300;

  @Test
  void theReadmeHasAtMostThreeHundredLines() throws IOException {
    assertThat(Files.readAllLines(README)).hasSizeLessThanOrEqualTo(README_MOST_LINES);
  }

  @Test
  void everyRelativeLinkOfTheReadmeAndTheDocsResolves() throws IOException {
    List<String> broken = new ArrayList<>();
    for (Path page : pages()) {
      broken.addAll(MarkdownLinks.broken(page));
    }

    assertThat(broken).isEmpty();
  }

  @Test
  void theReadmeLinksToEveryPageOfTheDocs() throws IOException {
    List<String> targets = MarkdownLinks.relativeTargets(README);

    assertThat(pages())
        .filteredOn(page -> !page.equals(README))
        .allSatisfy(
            page ->
                assertThat(targets)
                    .as("README's links")
                    .anyMatch(target -> target.startsWith("docs/" + page.getFileName())));
  }

  @Test
  void aMissingFileOrHeadingIsReportedAndCodeIsNotReadAsLinks(@TempDir Path directory)
      throws IOException {
    Path page = directory.resolve("page.md");
    Files.writeString(
        page,
        String.join(
            "\n",
            "# A page",
            "## The `suggest` command",
            "[fine](#the-suggest-command) [itself](page.md#a-page) [away](https://example.org/x)",
            "[no file](missing.md) [no heading](page.md#nowhere) ![no picture](p.png)",
            "`[in code](code.md)`",
            "```",
            "[in a block](block.md)",
            "# not a heading",
            "```",
            "[across",
            "lines](#not-a-heading)",
            ""));

    assertThat(MarkdownLinks.broken(page))
        .containsExactly(
            page + ": missing.md (no such file)",
            page + ": page.md#nowhere (no such heading)",
            page + ": p.png (no such file)",
            page + ": #not-a-heading (no such heading)");
  }

  @Test
  void headingsGetGitHubsAnchors() {
    assertThat(MarkdownLinks.slug("Issue 16: after the speed work (1 December 2026)"))
        .isEqualTo("issue-16-after-the-speed-work-1-december-2026");
    assertThat(MarkdownLinks.slug("Vocabulary 99: the model's own codes"))
        .isEqualTo("vocabulary-99-the-models-own-codes");
    assertThat(MarkdownLinks.slug("Dependencies, and why each"))
        .isEqualTo("dependencies-and-why-each");
    assertThat(MarkdownLinks.slug("shares_assumed")).isEqualTo("shares_assumed");
  }

  @Test
  void aRepeatedHeadingGetsANumberedAnchor(@TempDir Path directory) throws IOException {
    Path page = directory.resolve("page.md");
    Files.writeString(page, "# Runs\n## Run\n## Run\n## Run\n");

    assertThat(MarkdownLinks.anchors(page)).containsExactly("runs", "run", "run-1", "run-2");
  }

  private static List<Path> pages() throws IOException {
    try (Stream<Path> docs = Files.list(DOCS)) {
      return Stream.concat(
              Stream.of(README), docs.filter(path -> path.toString().endsWith(".md")).sorted())
          .toList();
    }
  }
}
