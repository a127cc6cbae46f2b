package org.migrationmodel.json.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.stream.IntStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Tests of eight bytes at a time: every byte value, at every place in the word. */
class ByteWordsTest {

  static IntStream positions() {
    return IntStream.range(0, ByteWords.SIZE);
  }

  @ParameterizedTest(name = "a byte at {0}")
  @MethodSource("positions")
  void eachTestSeesExactlyTheBytesItLooksForWhereverTheyAre(int position) {
    for (int value = 0; value < 256; value++) {
      byte[] bytes = new byte[ByteWords.SIZE + 3];
      Arrays.fill(bytes, (byte) 'a');
      bytes[1 + position] = (byte) value;

      long word = ByteWords.word(bytes, 1);

      assertThat(ByteWords.hasZeroByte(word)).as("zero, value %d", value).isEqualTo(value == 0);
      assertThat(ByteWords.hasByte(word, ByteWords.repeated('\n')))
          .as("line end, value %d", value)
          .isEqualTo(value == '\n');
      assertThat(ByteWords.hasHighBit(word))
          .as("high bit, value %d", value)
          .isEqualTo(value >= 0x80);
    }
  }

  @ParameterizedTest(name = "a byte at {0}")
  @MethodSource("positions")
  void aWordOfPlainBytesHasNoneOfThem(int position) {
    byte[] bytes = "plain ok".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    bytes[position] = '~';

    long word = ByteWords.word(bytes, 0);

    assertThat(ByteWords.hasZeroByte(word)).isFalse();
    assertThat(ByteWords.hasByte(word, ByteWords.repeated('\\'))).isFalse();
    assertThat(ByteWords.hasHighBit(word)).isFalse();
  }
}
