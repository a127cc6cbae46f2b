package org.migrationmodel.json.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.migrationmodel.validation.Finding;

class FatalProblemsTest {

  @Test
  void aLimitTheReaderDoesNotNameIsReportedInJacksonsWordsWithoutItsSourceReference()
      throws IOException {
    // Jackson 2.21 has constraints the reader leaves unset, such as the token count; one it adds
    // later must still come out as a limit finding.
    try (JsonParser parser = JsonFactories.forReadingDefault().createParser("{}")) {
      TokenCursor cursor =
          TokenCursor.forRecord(
              parser, /* lenient= */ false, 100, 0, 0, /* recordsPositions= */ true);
      cursor.next();

      FatalProblems.report(
          cursor,
          new StreamConstraintsException("Token count (7) exceeds the maximum allowed (5)"),
          ReaderBounds.DEFAULT);

      assertThat(cursor.findings())
          .extracting(Finding::ruleId, Finding::message)
          .containsExactly(
              tuple(
                  "limit-exceeded",
                  "The input goes beyond a limit of the reader: Token count (7) exceeds the"
                      + " maximum allowed (5)."));
    }
  }

  @Test
  void whichLimitWasBrokenIsToldByTheExceptionsTypeNeverByItsMessage() throws IOException {
    try (JsonParser parser = JsonFactories.forReadingDefault().createParser("{}")) {
      TokenCursor cursor =
          TokenCursor.forRecord(
              parser, /* lenient= */ false, 100, 0, 0, /* recordsPositions= */ true);
      cursor.next();

      FatalProblems.report(
          cursor,
          new StreamConstraintsException("Depth exceeds `getMaxNestingDepth()`"),
          ReaderBounds.DEFAULT);
      FatalProblems.report(
          cursor, new LimitException(LimitException.Limit.STRING_LENGTH), ReaderBounds.DEFAULT);

      assertThat(cursor.findings())
          .extracting(Finding::message)
          .containsExactly(
              "The input goes beyond a limit of the reader: Depth exceeds `getMaxNestingDepth()`.",
              "A string is longer than the limit of 1048576 characters; the reader's"
                  + " maxStringLength sets it.");
    }
  }

  @Test
  void theRecordLengthLimitHoldsForByteAndCharacterParsersAlike() throws IOException {
    String record = "{\"a\":[1,2,3,4,5,6,7,8,9]}";
    try (JsonParser bytes =
            JsonFactories.forReadingDefault()
                .createParser(record.getBytes(StandardCharsets.UTF_8));
        JsonParser characters =
            JsonFactories.forReadingDefault().createParser(new StringReader(record))) {
      for (JsonParser parser : List.of(bytes, characters)) {
        TokenCursor cursor =
            TokenCursor.forRecord(
                parser, /* lenient= */ false, 10, 0, 0, /* recordsPositions= */ true);

        assertThatThrownBy(
                () -> {
                  while (cursor.next() != null) {
                    // Reads on until the limit stops it.
                  }
                })
            .isInstanceOf(RecordTooLongException.class);
      }
    }
  }
}
