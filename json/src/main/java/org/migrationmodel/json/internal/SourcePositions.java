package org.migrationmodel.json.internal;

import java.util.Arrays;
import org.migrationmodel.validation.Finding;
import org.migrationmodel.validation.Location;

/**
 * Where each member and array element that the decoder read lies in the source document: its name
 * or its indexes (in the document, and in the programme built from it, which differ once an earlier
 * element was left out), its line and its column. It lets the findings of a validator, which point
 * into the programme, point into the document instead. Not thread-safe; one record's decoder fills
 * it, and the reader reads it once the record is read.
 */
public final class SourcePositions {
  // Entry fields, as a table of ints, so that a record's positions cost one array.
  private static final int PARENT = 0;
  // A member's key is -1 - its Member's ordinal; an element's, its index in the programme.
  private static final int KEY = 1;
  private static final int LINE = 2;
  private static final int COLUMN = 3;
  private static final int FIELDS = 4;

  private static final int ROOT = -1;
  // On the stack for a member whose value is not read into the programme.
  private static final int UNRECORDED = -2;

  private static final Member[] MEMBERS = Member.values();

  // A generated programme has 40 to 60 entries: room for them at the first, with no copy.
  private static final int INITIAL_ENTRIES = 64;

  private final int lineOffset;
  private int[] table = new int[INITIAL_ENTRIES * FIELDS];
  private int size;
  private final int[] stack = new int[8];
  private int depth;

  /**
   * Positions of a record.
   *
   * @param lineOffset added to the parser's line numbers, for a parser over one line of a file
   */
  SourcePositions(int lineOffset) {
    this.lineOffset = lineOffset;
  }

  /** Enters a member, at the line and column of its name. */
  @SuppressWarnings("EnumOrdinal") // An index into Member.values(), only within one run.
  void enterMember(Member member, int line, int column) {
    enter(-member.ordinal() - 1, line, column);
  }

  /**
   * Enters an array element, at the line and column of its first token. Every element of an array
   * is entered, those left out of the programme too, so that an element's index in the document is
   * the number of entries of its array before it.
   *
   * @param modelIndex its index in the programme, which is lower once an element was left out
   */
  void enterElement(int modelIndex, int line, int column) {
    enter(modelIndex, line, column);
  }

  private void enter(int key, int line, int column) {
    int parent = depth == 0 ? ROOT : stack[depth - 1];
    if (parent == UNRECORDED) {
      enterUnrecorded();
      return;
    }
    if ((size + 1) * FIELDS > table.length) {
      table = Arrays.copyOf(table, table.length * 2);
    }
    int at = size * FIELDS;
    table[at + PARENT] = parent;
    table[at + KEY] = key;
    table[at + LINE] = line;
    table[at + COLUMN] = column;
    stack[depth++] = size++;
  }

  /** Enters a member whose value the programme does not hold, such as an unknown member. */
  void enterUnrecorded() {
    stack[depth++] = UNRECORDED;
  }

  void leave() {
    depth--;
  }

  /**
   * A finding that points into the programme read, pointed into the document instead: each array
   * index becomes the element's index in the document, and the line and column become those of the
   * deepest member or element of the pointer that the document holds.
   *
   * @param finding a finding with a pointer into the programme, such as a validator's
   * @param recordLine the record's first line, for a finding that points at no member
   */
  public Finding locate(Finding finding, int recordLine) {
    String pointer = finding.location().path();
    if (pointer.isEmpty()) {
      return Finding.builder().from(finding).line(recordLine).build();
    }
    StringBuilder located = new StringBuilder(pointer.length());
    int parent = ROOT;
    int deepest = ROOT;
    boolean found = true;
    for (String token : pointer.substring(1).split("/", -1)) {
      int entry = found ? child(parent, token) : ROOT;
      found = entry != ROOT;
      located.append('/');
      if (found) {
        deepest = entry;
        located.append(isElement(entry) ? Integer.toString(documentIndex(parent, entry)) : token);
        parent = entry;
      } else {
        located.append(token);
      }
    }
    Finding.Builder builder =
        Finding.builder().from(finding).location(Location.pointer(located.toString()));
    if (deepest == ROOT) {
      return builder.line(recordLine).build();
    }
    int line = table[deepest * FIELDS + LINE];
    int column = table[deepest * FIELDS + COLUMN];
    if (line > 0) {
      builder.line(line + lineOffset).column(column);
    }
    return builder.build();
  }

  private boolean isElement(int entry) {
    return table[entry * FIELDS + KEY] >= 0;
  }

  /** An element's index in the document: the entries of its array before it. */
  private int documentIndex(int array, int element) {
    int index = 0;
    for (int entry = 0; entry < element; entry++) {
      if (table[entry * FIELDS + PARENT] == array) {
        index++;
      }
    }
    return index;
  }

  /**
   * The entry of a pointer token under a parent: the first member of that name, since the first of
   * repeated members is the one kept, or the last element of that index in the programme, since
   * earlier ones of the same index were left out.
   */
  private int child(int parent, String token) {
    String name = token.replace("~1", "/").replace("~0", "~");
    int modelIndex = index(token);
    int match = ROOT;
    for (int entry = 0; entry < size; entry++) {
      int at = entry * FIELDS;
      if (table[at + PARENT] != parent) {
        continue;
      }
      int key = table[at + KEY];
      if (key >= 0) {
        if (key == modelIndex) {
          match = entry;
        }
      } else if (MEMBERS[-key - 1].jsonName().equals(name)) {
        return entry;
      }
    }
    return match;
  }

  private static int index(String token) {
    if (token.isEmpty() || token.length() > 9) {
      return -1;
    }
    for (int i = 0; i < token.length(); i++) {
      if (token.charAt(i) < '0' || token.charAt(i) > '9') {
        return -1;
      }
    }
    return Integer.parseInt(token);
  }
}
