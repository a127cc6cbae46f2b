package org.migrationmodel.json.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Tests of eight bytes at a time: every byte value, at every place in the word. */
class ByteWordsTest {

  // Around the byte tried: a letter, and the space, the lowest byte the control test passes, so
  // that a borrow from the byte tried into its neighbour is seen.
  static Stream<Arguments> positionsAndNeighbours() {
    return IntStream.range(0, ByteWords.SIZE)
        .boxed()
        .flatMap(position -> Stream.of(Arguments.of(position, 'a'), Arguments.of(position, ' ')));
  }

  @ParameterizedTest(name = "a byte at {0} among \"{1}\"")
  @MethodSource("positionsAndNeighbours")
  void eachTestSeesExactlyTheBytesItLooksForWhereverTheyAre(int position, char neighbour) {
    for (int value = 0; value < 256; value++) {
      byte[] bytes = new byte[ByteWords.SIZE + 3];
      Arrays.fill(bytes, (byte) neighbour);
      bytes[1 + position] = (byte) value;

      long word = ByteWords.word(bytes, 1);

      assertThat(ByteWords.hasByte(word, ByteWords.repeated('\n')))
          .as("line end, value %d", value)
          .isEqualTo(value == '\n');
      assertThat(ByteWords.hasByte(word, ByteWords.repeated('\\')))
          .as("backslash, value %d", value)
          .isEqualTo(value == '\\');
      assertThat(ByteWords.hasControlOrNonAsciiByte(word))
          .as("control or not ASCII, value %d", value)
          .isEqualTo(value < 0x20 || value >= 0x80);
    }
  }

  @ParameterizedTest(name = "a byte at {0}")
  @MethodSource("positions")
  void aWordOfPlainBytesHasNoneOfThem(int position) {
    byte[] bytes = "plain ok".getBytes(StandardCharsets.US_ASCII);
    bytes[position] = '~';

    long word = ByteWords.word(bytes, 0);

    assertThat(ByteWords.hasByte(word, ByteWords.repeated('\\'))).isFalse();
    assertThat(ByteWords.hasControlOrNonAsciiByte(word)).isFalse();
  }

  static IntStream positions() {
    return IntStream.range(0, ByteWords.SIZE);
  }
}
