package org.migrationmodel.json.internal;

import java.util.HexFormat;
import java.util.Locale;

/**
 * Checks bytes, fed to it in order, for what RFC 8259 (section 8.1) and RFC 7493 (section 2.1)
 * require of JSON text: well-formed UTF-8 (no overlong forms, no surrogates, nothing beyond
 * U+10FFFF), no NUL bytes (which UTF-16 and UTF-32 text is full of), and no {@code \\u} escape of a
 * surrogate that is not part of a pair. It knows line and column (in bytes, as Jackson counts them
 * in byte input) of the first problem. Not thread-safe.
 */
final class Utf8Check {
  private static final HexFormat HEX = HexFormat.of().withUpperCase();

  // What the bytes after a backslash are, inside a string.
  private static final int NO_ESCAPE = 0;
  private static final int AFTER_BACKSLASH = 1;
  // 2 to 5: that many minus 2 hex digits of a \\u escape read.
  private static final int IN_UNICODE_ESCAPE = 2;

  // ASCII bytes that change nothing here: neither NUL, nor a line end, nor a backslash.
  private static final boolean[] PLAIN = new boolean[256];

  private static final long BACKSLASHES = ByteWords.repeated('\\');

  static {
    for (int b = 1; b < 0x80; b++) {
      PLAIN[b] = b != '\n' && b != '\\';
    }
  }

  private final int lineOffset;
  private long offset;
  private int line = 1;
  private long lineStart;

  // The multibyte sequence being read.
  private final byte[] sequence = new byte[4];
  private int sequenceLength;
  private int sequenceExpected;
  private long sequenceStart;
  private int sequenceLine;
  private long sequenceLineStart;

  private int escape = NO_ESCAPE;
  private int escapeValue;
  private long escapeStart;
  private int escapeLine;
  private long escapeLineStart;
  // The high surrogate escape waiting for its low half, or -1.
  private int pendingHigh = -1;
  private long highStart;
  private int highLine;
  private long highLineStart;

  private NotUtf8Exception problem;
  private long problemOffset;

  /**
   * A check of input that starts at a line.
   *
   * @param lineOffset added to line numbers, for bytes that are one line of a file
   * @param firstLineIndent bytes of white space before the first byte checked, on its line
   */
  Utf8Check(int lineOffset, long firstLineIndent) {
    this.lineOffset = lineOffset;
    this.lineStart = -firstLineIndent;
  }

  /**
   * Whether bytes are whole UTF-8 JSON text as this check sees it.
   *
   * @param bytes holds the text from index 0
   * @param length the text's length
   */
  static boolean isUtf8(byte[] bytes, int length) {
    Utf8Check check = new Utf8Check(0, 0);
    return check.check(bytes, 0, length) < 0 && check.end();
  }

  /**
   * Checks the next bytes.
   *
   * @return the index in {@code bytes} where the first problem starts (at {@code from} when it
   *     started in earlier bytes), or -1 when there is none; the problem is then {@link #problem()}
   */
  int check(byte[] bytes, int from, int to) {
    if (problem != null) {
      return from;
    }
    long base = offset - from;
    for (int i = from; i < to; i++) {
      if (sequenceExpected == 0 && escape == NO_ESCAPE && pendingHigh < 0) {
        // Most of any document is such bytes: passed over in a loop that keeps no state.
        int plainFrom = i;
        while (i <= to - ByteWords.SIZE && isPlain(ByteWords.word(bytes, i))) {
          i += ByteWords.SIZE;
        }
        while (i < to && PLAIN[bytes[i] & 0xFF]) {
          i++;
        }
        offset += i - plainFrom;
        if (i == to) {
          break;
        }
      }
      int b = bytes[i] & 0xFF;
      if (sequenceExpected > 0) {
        continuation(b);
      } else if (b >= 0x80) {
        lead(b);
      } else if (b == 0) {
        fail(
            offset < 4
                ? "a NUL byte (00) at its start: it looks like UTF-16 or UTF-32"
                : "a NUL byte (00), which JSON text never holds",
            offset,
            line,
            lineStart);
      } else {
        ascii(b);
      }
      offset++;
      if (problem != null) {
        return (int) Math.max(from, Math.min(i, problemOffset - base));
      }
    }
    return -1;
  }

  // Whether eight bytes are all plain, as PLAIN has it. Control characters other than the line end
  // are plain too, but rare enough to be left to the byte loop, so that one test covers them with
  // NUL, the line end and the bytes that are not ASCII.
  private static boolean isPlain(long word) {
    return !ByteWords.hasControlOrNonAsciiByte(word) && !ByteWords.hasByte(word, BACKSLASHES);
  }

  /**
   * Checks that the input did not end inside a character.
   *
   * @return whether it ended well; otherwise see {@link #problem()}
   */
  boolean end() {
    if (problem == null && sequenceExpected > 0) {
      fail(
          "the bytes "
              + hex(sequence, sequenceLength)
              + " at its end, which are the start of a character cut off",
          sequenceStart,
          sequenceLine,
          sequenceLineStart);
    }
    return problem == null;
  }

  /** The line of the next byte to check, counted from 1, before the line offset is added. */
  int line() {
    return line;
  }

  /** The first problem found, or null. */
  NotUtf8Exception problem() {
    return problem;
  }

  private void ascii(int b) {
    if (b == '\n') {
      line++;
      lineStart = offset + 1;
    }
    if (pendingHigh >= 0
        && !(escape == NO_ESCAPE && b == '\\')
        && !(escape == AFTER_BACKSLASH && b == 'u')
        && escape < IN_UNICODE_ESCAPE) {
      loneHigh();
      return;
    }
    switch (escape) {
      case NO_ESCAPE -> {
        if (b == '\\') {
          escape = AFTER_BACKSLASH;
          escapeStart = offset;
          escapeLine = line;
          escapeLineStart = lineStart;
        }
      }
      case AFTER_BACKSLASH -> {
        if (b == 'u') {
          escape = IN_UNICODE_ESCAPE;
          escapeValue = 0;
        } else {
          escape = NO_ESCAPE;
        }
      }
      default -> unicodeEscapeDigit(b);
    }
  }

  private void unicodeEscapeDigit(int b) {
    int digit = Character.digit(b, 16);
    if (digit < 0) {
      // Not an escape Jackson will accept; it reports that itself.
      escape = NO_ESCAPE;
      return;
    }
    escapeValue = escapeValue * 16 + digit;
    if (++escape < IN_UNICODE_ESCAPE + 4) {
      return;
    }
    escape = NO_ESCAPE;
    if (escapeValue >= 0xD800 && escapeValue <= 0xDBFF) {
      if (pendingHigh >= 0) {
        loneHigh();
        return;
      }
      pendingHigh = escapeValue;
      highStart = escapeStart;
      highLine = escapeLine;
      highLineStart = escapeLineStart;
    } else if (escapeValue >= 0xDC00 && escapeValue <= 0xDFFF) {
      if (pendingHigh < 0) {
        fail(
            "the escape \\u"
                + HEX.toHexDigits((short) escapeValue)
                + ", a low surrogate with no high surrogate before it (RFC 7493, section 2.1)",
            escapeStart,
            escapeLine,
            escapeLineStart);
      }
      pendingHigh = -1;
    } else if (pendingHigh >= 0) {
      loneHigh();
    }
  }

  private void loneHigh() {
    fail(
        "the escape \\u"
            + HEX.toHexDigits((short) pendingHigh)
            + ", a high surrogate with no low surrogate after it (RFC 7493, section 2.1)",
        highStart,
        highLine,
        highLineStart);
  }

  private void lead(int b) {
    if (pendingHigh >= 0) {
      loneHigh();
      return;
    }
    escape = NO_ESCAPE;
    sequence[0] = (byte) b;
    sequenceLength = 1;
    sequenceStart = offset;
    sequenceLine = line;
    sequenceLineStart = lineStart;
    if (b >= 0xC2 && b <= 0xDF) {
      sequenceExpected = 1;
    } else if (b >= 0xE0 && b <= 0xEF) {
      sequenceExpected = 2;
    } else if (b >= 0xF0 && b <= 0xF4) {
      sequenceExpected = 3;
    } else if (offset == 0 && (b == 0xFE || b == 0xFF)) {
      fail(
          "the byte " + hex(sequence, 1) + " at its start: a UTF-16 or UTF-32 byte order mark",
          offset,
          line,
          lineStart);
    } else if (b == 0xC0 || b == 0xC1) {
      // Reported with the byte after it, which shows the character it stands for.
      sequenceExpected = 1;
    } else {
      fail(
          b < 0xC0
              ? "the byte " + hex(sequence, 1) + ", a continuation byte with no lead byte"
              : "the byte " + hex(sequence, 1) + ", which UTF-8 never uses",
          offset,
          line,
          lineStart);
    }
  }

  private void continuation(int b) {
    if ((b & 0xC0) != 0x80) {
      sequence[sequenceLength] = (byte) b;
      fail(
          "the bytes "
              + hex(sequence, sequenceLength + 1)
              + ", where a character of "
              + (sequenceExpected + sequenceLength)
              + " bytes is cut short",
          sequenceStart,
          sequenceLine,
          sequenceLineStart);
      return;
    }
    sequence[sequenceLength++] = (byte) b;
    if (--sequenceExpected > 0) {
      return;
    }
    int lead = sequence[0] & 0xFF;
    int codePoint;
    int smallest;
    if (sequenceLength == 2) {
      codePoint = (lead & 0x1F) << 6 | (b & 0x3F);
      smallest = 0x80;
    } else if (sequenceLength == 3) {
      codePoint = (lead & 0x0F) << 12 | (sequence[1] & 0x3F) << 6 | (b & 0x3F);
      smallest = 0x800;
    } else {
      codePoint =
          (lead & 0x07) << 18 | (sequence[1] & 0x3F) << 12 | (sequence[2] & 0x3F) << 6 | (b & 0x3F);
      smallest = 0x10000;
    }
    String bytesRead = "the bytes " + hex(sequence, sequenceLength);
    if (codePoint < smallest) {
      fail(
          bytesRead + ", an overlong encoding of U+" + codePointHex(codePoint),
          sequenceStart,
          sequenceLine,
          sequenceLineStart);
    } else if (codePoint >= 0xD800 && codePoint <= 0xDFFF) {
      fail(
          bytesRead + ", the surrogate U+" + codePointHex(codePoint) + " encoded on its own",
          sequenceStart,
          sequenceLine,
          sequenceLineStart);
    } else if (codePoint > 0x10FFFF) {
      fail(
          bytesRead + ", beyond U+10FFFF, the last code point of Unicode",
          sequenceStart,
          sequenceLine,
          sequenceLineStart);
    }
  }

  private void fail(String what, long at, int atLine, long atLineStart) {
    int column = (int) Math.min(Integer.MAX_VALUE, at - atLineStart + 1);
    problemOffset = at;
    problem =
        new NotUtf8Exception(
            "The input is not UTF-8: it holds "
                + what
                + ", at byte "
                + at
                + " (line "
                + (atLine + lineOffset)
                + ", column "
                + column
                + "). JSON text must be UTF-8 (RFC 8259, section 8.1).",
            at,
            atLine + lineOffset,
            column);
  }

  private static String hex(byte[] bytes, int length) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < length; i++) {
      text.append(i == 0 ? "" : " ").append(HEX.toHexDigits(bytes[i]));
    }
    return text.toString();
  }

  private static String codePointHex(int codePoint) {
    String digits = Integer.toHexString(codePoint).toUpperCase(Locale.ROOT);
    return "0000".substring(Math.min(4, digits.length())) + digits;
  }
}
