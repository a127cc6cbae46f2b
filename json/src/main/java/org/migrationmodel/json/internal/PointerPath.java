package org.migrationmodel.json.internal;

import org.migrationmodel.validation.Pointers;

/**
 * Where the decoder is in a document, as a stack of member names and array indexes. It is rendered
 * as a JSON Pointer only when a problem is reported, so that reading allocates nothing for it.
 */
final class PointerPath {
  // The deepest path the decoder enters is that of an allocation's member, such as
  // /budget/allocations/0/share; it never enters the values of unknown members.
  private static final int MAX_DEPTH = 4;

  private final String[] names = new String[MAX_DEPTH];
  private final int[] indexes = new int[MAX_DEPTH];
  private int depth;

  void enterMember(String name) {
    names[depth++] = name;
  }

  void enterElement(int index) {
    names[depth] = null;
    indexes[depth++] = index;
  }

  void leave() {
    depth--;
  }

  /** The pointer into the document. */
  String pointer() {
    return Pointers.of(tokens(0));
  }

  /** The pointer into the document of a member of the current object. */
  String pointerTo(String memberName) {
    Object[] tokens = tokens(1);
    tokens[depth] = memberName;
    return Pointers.of(tokens);
  }

  private Object[] tokens(int extra) {
    Object[] tokens = new Object[depth + extra];
    for (int i = 0; i < depth; i++) {
      tokens[i] = names[i] != null ? names[i] : Integer.valueOf(indexes[i]);
    }
    return tokens;
  }
}
