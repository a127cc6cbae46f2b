package org.migrationmodel.taxonomy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class CatalogueGoldenTest {

  @Test
  void everyCodeMatchesTheGoldenFileInOrder() throws IOException {
    assertThat(render(Catalogue.standard())).containsExactlyElementsOf(golden());
  }

  @Test
  void theModelHasFourAreasThirtyActivitiesNineCrossCuttingActivitiesAndFiveThemes() {
    assertThat(Area.values()).hasSize(4);
    assertThat(Activity.values()).hasSize(30);
    assertThat(CrossCuttingActivity.values()).hasSize(9);
    assertThat(Theme.values()).hasSize(5);
  }

  private static List<String> render(Catalogue catalogue) {
    return catalogue.terms().stream()
        .map(term -> term.vocabulary().id() + " " + term.code() + extra(term))
        .collect(Collectors.toList());
  }

  private static String extra(Term term) {
    if (term instanceof Activity activity) {
      return " " + activity.area().code();
    }
    if (term instanceof Theme theme) {
      return " " + theme.number();
    }
    return "";
  }

  private static List<String> golden() throws IOException {
    try (InputStream in = CatalogueGoldenTest.class.getResourceAsStream("golden-codes.txt")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8)
          .lines()
          .filter(line -> !line.isBlank() && !line.startsWith("#"))
          .collect(Collectors.toList());
    }
  }
}
