package org.migrationmodel.json.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.function.Function;
import org.migrationmodel.programme.Programme;

/**
 * How the records of an input are read: with which parser factory and limits, how strictly, and as
 * what (programmes, or JSON trees). Immutable.
 *
 * @param <T> what a record is read as
 */
public final class RecordReading<T> {
  private final JsonFactory factory;
  private final boolean lenient;
  private final ReaderBounds limits;
  private final boolean notePositions;
  private final Function<TokenCursor, RecordDecoder<T>> decoders;
  // This reading, but noting no positions: for records that can be read again to find them.
  private final RecordReading<T> unnoted;

  private RecordReading(
      JsonFactory factory,
      boolean lenient,
      ReaderBounds limits,
      boolean notePositions,
      Function<TokenCursor, RecordDecoder<T>> decoders) {
    this.factory = factory;
    this.lenient = lenient;
    this.limits = limits;
    this.notePositions = notePositions;
    this.decoders = decoders;
    this.unnoted =
        notePositions ? new RecordReading<>(factory, lenient, limits, false, decoders) : this;
  }

  /**
   * Programme documents.
   *
   * @param factory makes the parsers, with the limits set on it
   * @param lenient whether unknown members are kept and codes matched loosely
   * @param limits the limits on the input
   * @param notePositions whether to note where each value lies, for a validator's findings
   */
  public static RecordReading<Programme> programmes(
      JsonFactory factory, boolean lenient, ReaderBounds limits, boolean notePositions) {
    return new RecordReading<>(factory, lenient, limits, notePositions, ProgrammeDecoder::new);
  }

  /**
   * Any JSON values, as trees: records that are not (or not only) programmes.
   *
   * @param factory makes the parsers, with the limits set on it
   * @param limits the limits on the input
   */
  public static RecordReading<JsonNode> trees(JsonFactory factory, ReaderBounds limits) {
    return new RecordReading<>(factory, false, limits, false, TreeDecoder::new);
  }

  /** Whether a reader wants to know where each value lies, to point a validator's findings. */
  boolean notesPositions() {
    return notePositions;
  }

  /** The same reading, noting no positions. */
  RecordReading<T> unnoted() {
    return unnoted;
  }

  JsonFactory factory() {
    return factory;
  }

  ReaderBounds limits() {
    return limits;
  }

  /**
   * A cursor for a record that starts at the parser's next token.
   *
   * @param lineOffset added to the parser's line numbers, for a parser over one line of a file
   * @param firstLineIndent added to the columns of the parser's first line, for a parser over a
   *     line whose leading white space was passed over
   */
  TokenCursor cursor(JsonParser parser, int lineOffset, int firstLineIndent) {
    return TokenCursor.forRecord(
        parser, lenient, limits.maxDocumentLength(), lineOffset, firstLineIndent, notePositions);
  }

  /**
   * A cursor for a record held whole in memory, as {@link #cursor} gives, but without the length
   * check of each token: the held bytes were measured against the limit, and a token cannot start
   * further from the record's first token than they reach.
   */
  TokenCursor cursorOfHeldRecord(JsonParser parser, int lineOffset, int firstLineIndent) {
    return TokenCursor.forRecord(parser, lenient, 0, lineOffset, firstLineIndent, notePositions);
  }

  /** The decoder of the record that a cursor reads. */
  RecordDecoder<T> decoder(TokenCursor cursor) {
    return decoders.apply(cursor);
  }
}
