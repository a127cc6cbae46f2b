package org.migrationmodel.crosswalk;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.migrationmodel.taxonomy.Term;

class CrosswalkGoldenTest {

  @Test
  void everyLinkAndEveryOutsideGcmTermMatchesTheGoldenFileInOrder() {
    assertThat(render(Crosswalk.standard()))
        .containsExactlyElementsOf(Golden.lines("golden-crosswalk.txt"));
  }

  private static List<String> render(Crosswalk crosswalk) {
    List<String> lines = new ArrayList<>();
    lines.add("version " + crosswalk.version());
    for (Link link : crosswalk.links()) {
      Target target = link.target();
      lines.add(
          String.join(
              " ",
              source(link.source()),
              "->",
              target.framework().id(),
              target.code(),
              link.strength().name()));
    }
    for (Term term : crosswalk.outsideGcmReasons().keySet()) {
      lines.add(source(term) + " outside-gcm");
    }
    return lines;
  }

  private static String source(Term term) {
    return term.vocabulary().id() + " " + term.code();
  }
}
