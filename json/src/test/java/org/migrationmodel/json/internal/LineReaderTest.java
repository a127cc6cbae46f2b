package org.migrationmodel.json.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LineReaderTest {

  @Test
  void linesEndAtLineFeedsAndAreNumberedFromOne() throws IOException {
    assertThat(lines("a\nbc\n\nd", 10)).containsExactly("1 a", "2 bc", "3 ", "4 d");
  }

  @Test
  void aFinalLineFeedEndsTheLastLineWithoutStartingAnother() throws IOException {
    assertThat(lines("a\n", 10)).containsExactly("1 a");
    assertThat(lines("", 10)).isEmpty();
  }

  @Test
  void aLineOfTheLimitIsHeldAndALongerOneIsFlaggedWithoutItsBytes() throws IOException {
    assertThat(lines("abc\nabcd\nx", 3)).containsExactly("1 abc", "2 (too long)", "3 x");
  }

  @Test
  void linesLongerThanTheBufferAndThanAReadAreHeldWhole() throws IOException {
    String longer = "x".repeat(5_000);
    String longest = "y".repeat(200_000);

    assertThat(lines(longer + "\n" + longest, 1 << 20))
        .containsExactly("1 " + longer, "2 " + longest);
  }

  @Test
  void aLineEndIsFoundAtEveryPlaceInTheBytesTestedTogether() throws IOException {
    for (int length = 0; length < 20; length++) {
      String line = "z".repeat(length);

      assertThat(lines(line + "\n" + line + "\n", 100))
          .as("lines of %d bytes", length)
          .containsExactly("1 " + line, "2 " + line);
    }
  }

  /** Each line as its number and text, or a note that it was too long. */
  private static List<String> lines(String input, long maxLength) throws IOException {
    LineReader reader =
        new LineReader(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)), maxLength);
    List<String> lines = new ArrayList<>();
    while (reader.next()) {
      lines.add(
          reader.lineNumber()
              + " "
              + (reader.tooLong()
                  ? "(too long)"
                  : new String(reader.bytes(), 0, reader.length(), StandardCharsets.UTF_8)));
    }
    return lines;
  }
}
