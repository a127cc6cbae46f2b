package org.migrationmodel.json.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.migrationmodel.json.ReadMode;
import org.migrationmodel.validation.Finding;

class FatalProblemsTest {

  @Test
  void aLimitTheReaderDoesNotNameIsReportedInJacksonsWordsWithoutItsSourceReference()
      throws IOException {
    // Jackson 2.21 has constraints the reader leaves unset, such as the token count; one it adds
    // later must still come out as a limit finding.
    try (JsonParser parser = JsonFactories.forReadingDefault().createParser("{}")) {
      TokenCursor cursor = TokenCursor.forRecord(parser, ReadMode.STRICT, 100, 0);
      cursor.next();

      FatalProblems.report(
          cursor,
          new StreamConstraintsException("Token count (7) exceeds the maximum allowed (5)"),
          ReadLimits.DEFAULT);

      assertThat(cursor.findings())
          .extracting(Finding::ruleId, Finding::message)
          .containsExactly(
              tuple(
                  "limit-exceeded",
                  "The input goes beyond a limit of the reader: Token count (7) exceeds the"
                      + " maximum allowed (5)."));
    }
  }
}
