package org.migrationmodel.json.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.base.ParserBase;
import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.migrationmodel.validation.Finding;
import org.migrationmodel.validation.Location;
import org.migrationmodel.validation.Pointers;

/**
 * One record's reading state over a Jackson parser: where the decoder is, what it found wrong and
 * which unknown members it kept. It also enforces the record length limit, token by token. Not
 * thread-safe; one cursor reads one record.
 */
public final class TokenCursor {
  private static final int UNKNOWN_SHIFT = Integer.MIN_VALUE;

  private final JsonParser parser;
  private final boolean lenient;
  // Zero when the length is not checked.
  private final long maxRecordLength;
  // The offset of the record's first token, once it is read.
  private long recordStart = -1;
  private final int lineOffset;
  // Added to the columns of the parser's first line: the white space a line reader passed over.
  private final int firstLineIndent;
  private final int maxNameLength;
  // Whether the parser's limit on names lets every member name of the format through.
  private final boolean memberNamesFit;
  // The nesting depth of the record's own object in the parser's contexts.
  private final int recordDepth;
  private final PointerPath path = new PointerPath();
  private final List<Finding> findings = new ArrayList<>();
  private int unlistedFindings;
  private int unknownMembers;
  // Null when the reader has no use for them: only a validator's findings are pointed back.
  private final SourcePositions positions;
  // Jackson's ParserBase gives the line and column of a token that is not a member name as ints,
  // with no location object, but counts the column one more than the location does (2.21): the
  // difference is taken from one location per record, so that the columns noted stay the
  // location's.
  private int columnShift = UNKNOWN_SHIFT;
  private Ending ending = Ending.WHOLE;

  private TokenCursor(
      JsonParser parser,
      boolean lenient,
      long maxRecordLength,
      int lineOffset,
      int firstLineIndent,
      boolean recordsPositions) {
    this.parser = parser;
    this.lenient = lenient;
    this.maxRecordLength = maxRecordLength;
    this.lineOffset = lineOffset;
    this.firstLineIndent = firstLineIndent;
    this.maxNameLength = parser.streamReadConstraints().getMaxNameLength();
    this.memberNamesFit = maxNameLength >= Member.LONGEST_NAME_LENGTH;
    this.positions = recordsPositions ? new SourcePositions(lineOffset) : null;
    this.recordDepth = parser.getParsingContext().getNestingDepth() + 1;
  }

  /**
   * A cursor for a record that starts at the parser's next token.
   *
   * @param lineOffset added to the parser's line numbers, for a parser over one line of a file
   * @param firstLineIndent added to the columns of the parser's first line, for a parser over a
   *     line whose leading white space was passed over
   * @param recordsPositions whether to note where each value lies, which only a reader with a
   *     validator reads
   */
  public static TokenCursor forRecord(
      JsonParser parser,
      boolean lenient,
      long maxRecordLength,
      int lineOffset,
      int firstLineIndent,
      boolean recordsPositions) {
    return new TokenCursor(
        parser, lenient, maxRecordLength, lineOffset, firstLineIndent, recordsPositions);
  }

  /**
   * A cursor for a value inside someone else's document: no length limit of its own, and no
   * positions, which only a record's reader reads.
   */
  public static TokenCursor forValue(JsonParser parser, boolean lenient) {
    return new TokenCursor(parser, lenient, 0, 0, 0, false);
  }

  boolean lenient() {
    return lenient;
  }

  /** What is added to the parser's line numbers. */
  int lineOffset() {
    return lineOffset;
  }

  /**
   * Advances to the next token; throws when the record has grown beyond its limit, that is when a
   * token starts the limit or more bytes after the record's first token.
   */
  public JsonToken next() throws IOException {
    JsonToken token = parser.nextToken();
    if (maxRecordLength > 0 && token != null) {
      checkLength();
    }
    return token;
  }

  /**
   * The exact start of a token costs a {@link JsonLocation} object, so it is asked for only when
   * the token could be beyond the limit: Jackson's token offset ({@link
   * ParserBase#getTokenCharacterOffset()}, bytes for a byte parser) is never before the start.
   */
  private void checkLength() throws IOException {
    if (recordStart < 0) {
      recordStart = offset(parser.currentTokenLocation());
      return;
    }
    if (parser instanceof ParserBase base
        && base.getTokenCharacterOffset() - recordStart < maxRecordLength) {
      return;
    }
    if (offset(parser.currentTokenLocation()) - recordStart >= maxRecordLength) {
      throw new RecordTooLongException(maxRecordLength, parser.currentLocation());
    }
  }

  // Byte parsers count bytes, character parsers characters; the other offset is then -1.
  private static long offset(JsonLocation location) {
    long bytes = location.getByteOffset();
    return bytes >= 0 ? bytes : location.getCharOffset();
  }

  /**
   * Advances to the next token where a member name may come, as {@link #next()} does; true when it
   * is the name expected, which Jackson then matches on the input's bytes, with no string made and
   * no look-up.
   */
  boolean nextNameIs(Member expected) throws IOException {
    if (!memberNamesFit && expected.jsonName().length() > maxNameLength) {
      // Only Jackson's own reading of a name reports it as beyond the limit.
      next();
      return false;
    }
    boolean matched = parser.nextFieldName(expected.serialized());
    if (maxRecordLength > 0 && parser.currentToken() != null) {
      checkLength();
    }
    return matched;
  }

  /** The current token, or null at the end of the input. */
  JsonToken token() {
    return parser.currentToken();
  }

  String name() throws IOException {
    return parser.currentName();
  }

  String text() throws IOException {
    return parser.getText();
  }

  JsonParser parser() {
    return parser;
  }

  /** Skips the current value, with all it contains. */
  void skip() throws IOException {
    parser.skipChildren();
  }

  /** Enters a member of the format, at its name, and notes where it is in the document. */
  void enterMember(Member member) {
    path.enterMember(member.jsonName());
    if (positions != null) {
      // Jackson gives the line and column of a member name only in a location object.
      JsonLocation at = parser.currentTokenLocation();
      positions.enterMember(member, at.getLineNr(), column(at.getLineNr(), at.getColumnNr()));
    }
  }

  /** Enters a member the format does not know, at its name. */
  void enterUnknownMember(String name) {
    path.enterMember(name);
    if (positions != null) {
      positions.enterUnrecorded();
    }
  }

  /**
   * Enters an array element, at its first token, and notes where it is.
   *
   * @param documentIndex its index in the document
   * @param modelIndex its index in the programme, which is lower once an element was left out
   */
  void enterElement(int documentIndex, int modelIndex) {
    path.enterElement(documentIndex);
    if (positions == null) {
      return;
    }
    if (parser instanceof ParserBase base) {
      if (columnShift == UNKNOWN_SHIFT) {
        columnShift = parser.currentTokenLocation().getColumnNr() - base.getTokenColumnNr();
      }
      int line = base.getTokenLineNr();
      positions.enterElement(modelIndex, line, column(line, base.getTokenColumnNr() + columnShift));
    } else {
      JsonLocation at = parser.currentTokenLocation();
      positions.enterElement(modelIndex, at.getLineNr(), column(at.getLineNr(), at.getColumnNr()));
    }
  }

  void leave() {
    path.leave();
    if (positions != null) {
      positions.leave();
    }
  }

  /**
   * Where each value read lies in the document, for pointing other findings back at it; null when
   * the cursor does not note it.
   */
  public SourcePositions positions() {
    return positions;
  }

  /** Reports a problem at the current value. */
  void report(Problem problem, String message) {
    report(problem, message, ImmutableList.of());
  }

  /** Reports a problem at the current value, with valid values that could replace it. */
  void report(Problem problem, String message, ImmutableList<String> suggestions) {
    add(problem, path.pointer(), message, parser.currentTokenLocation(), suggestions);
  }

  /** Reports a problem with a member of the current object, such as its absence. */
  void reportMember(Problem problem, String memberName, String message) {
    add(
        problem,
        path.pointerTo(memberName),
        message,
        parser.currentTokenLocation(),
        ImmutableList.of());
  }

  /**
   * Reports a problem that stopped the parser, at the location Jackson gave (or else the parser's
   * position) and at the parser's own idea of where it is, since the problem can arise while
   * Jackson reads ahead, before the decoder has seen the member it is in.
   */
  public void reportAt(Problem problem, String message, JsonLocation location) {
    report(problem, message, location, parserPointer(true));
  }

  /**
   * Reports a problem in a member name that stopped the parser. The pointer is that of the object:
   * the parser still holds the previous member's name.
   */
  void reportInName(Problem problem, String message, JsonLocation location) {
    report(problem, message, location, parserPointer(false));
  }

  /** Reports a problem of the whole record, such as its length. */
  void reportOnRecord(Problem problem, String message, JsonLocation location) {
    report(problem, message, location, "");
  }

  private void report(Problem problem, String message, JsonLocation location, String pointer) {
    add(
        problem,
        pointer,
        message,
        location != null ? location : parser.currentLocation(),
        ImmutableList.of());
  }

  /** The pointer of the parser's position, relative to the record. */
  private String parserPointer(boolean withCurrentName) {
    Deque<Object> tokens = new ArrayDeque<>();
    JsonStreamContext innermost = parser.getParsingContext();
    for (JsonStreamContext context = innermost;
        context != null && context.getNestingDepth() >= recordDepth;
        context = context.getParent()) {
      if (context.inObject() && context.getCurrentName() != null) {
        if (withCurrentName || context != innermost) {
          tokens.addFirst(context.getCurrentName());
        }
      } else if (context.inArray() && context.getCurrentIndex() >= 0) {
        tokens.addFirst(context.getCurrentIndex());
      }
    }
    return Pointers.of(tokens.toArray());
  }

  private void add(
      Problem problem,
      String pointer,
      String message,
      JsonLocation location,
      ImmutableList<String> suggestions) {
    if (findings.size() >= ReaderBounds.MAX_FINDINGS) {
      unlistedFindings++;
      return;
    }
    Finding.Builder finding =
        Finding.builder()
            .ruleId(problem.id())
            .severity(problem.severity())
            .location(Location.pointer(pointer))
            .message(message)
            .suggestions(suggestions);
    if (location.getLineNr() > 0) {
      finding
          .line(location.getLineNr() + lineOffset)
          .column(column(location.getLineNr(), location.getColumnNr()));
    }
    findings.add(finding.build());
  }

  /** The column in the input of a column of the parser's. */
  private int column(int parserLine, int parserColumn) {
    return parserLine == 1 ? parserColumn + firstLineIndent : parserColumn;
  }

  /** Notes how the reading of the record ended, when not with the record alone. */
  void end(Ending how) {
    ending = how;
  }

  /**
   * How the reading of the record ended: with the record alone, with more input after it, or broken
   * off by a problem before its end.
   */
  Ending ending() {
    return ending;
  }

  /** Whether a problem has been reported. */
  public boolean hasFindings() {
    return !findings.isEmpty();
  }

  /** The findings, followed by a note of how many more were not kept when there were too many. */
  public ImmutableList<Finding> findings() {
    if (unlistedFindings == 0) {
      return ImmutableList.copyOf(findings);
    }
    Finding last = findings.get(findings.size() - 1);
    Finding note =
        Finding.builder()
            .from(last)
            .ruleId(Problem.LIMIT_EXCEEDED.id())
            .message(
                "The record has more than "
                    + ReaderBounds.MAX_FINDINGS
                    + " problems; "
                    + unlistedFindings
                    + " more are not listed. Mend those listed and read it again.")
            .suggestions(ImmutableList.of())
            .build();
    return ImmutableList.<Finding>builder().addAll(findings).add(note).build();
  }

  /**
   * Whether the record may keep one more unknown member; when not, the current value is reported
   * and skipped.
   */
  boolean mayKeepUnknownMember() throws IOException {
    if (unknownMembers < ReaderBounds.MAX_UNKNOWN_MEMBERS) {
      unknownMembers++;
      return true;
    }
    report(
        Problem.LIMIT_EXCEEDED,
        "The record has more than "
            + ReaderBounds.MAX_UNKNOWN_MEMBERS
            + " unknown members; this one is not kept.");
    skip();
    return false;
  }

  /** The current value as compact JSON text, numbers digit for digit. */
  String capture() throws IOException {
    StringWriter text = new StringWriter();
    try (JsonGenerator generator = JsonFactories.forWriting().createGenerator(text)) {
      ExactCopy.value(parser, generator, this::next);
    }
    return text.toString();
  }
}
