package org.migrationmodel.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.migrationmodel.json.internal.Problem;

/** The public kinds of reading problem are exactly those the decoder reports, with its ids. */
class JsonProblemTest {

  @Test
  void everyProblemTheDecoderReportsIsDocumentedByAPublicKindWithItsId() {
    assertThat(Stream.of(JsonProblem.values()).map(problem -> problem.name() + "=" + problem.id()))
        .containsExactlyElementsOf(
            Stream.of(Problem.values())
                .map(problem -> problem.name() + "=" + problem.id())
                .toList());
  }
}
