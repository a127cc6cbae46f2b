package org.migrationmodel.json.internal;

import org.migrationmodel.validation.Pointers;

/**
 * Where the decoder is in a document, as a stack of member names and array indexes. It is rendered
 * as a JSON Pointer only when a problem is reported, so that reading allocates nothing for it.
 *
 * <p>An array element has two indexes: its position in the document, which findings point at, and
 * its position in the programme being built, which differs once an earlier element was dropped and
 * which the keys of unknown members use, so that the writer puts them back on the right element.
 */
final class PointerPath {
  // The deepest path the decoder enters is that of an allocation's member, such as
  // /budget/allocations/0/share; it never enters the values of unknown members.
  private static final int MAX_DEPTH = 4;

  private final String[] names = new String[MAX_DEPTH];
  private final int[] documentIndexes = new int[MAX_DEPTH];
  private final int[] modelIndexes = new int[MAX_DEPTH];
  private int depth;

  void enterMember(String name) {
    names[depth++] = name;
  }

  void enterElement(int documentIndex, int modelIndex) {
    names[depth] = null;
    documentIndexes[depth] = documentIndex;
    modelIndexes[depth++] = modelIndex;
  }

  void leave() {
    depth--;
  }

  /** The pointer into the document. */
  String pointer() {
    return Pointers.of(tokens(documentIndexes, 0));
  }

  /** The pointer into the document of a member of the current object. */
  String pointerTo(String memberName) {
    Object[] tokens = tokens(documentIndexes, 1);
    tokens[depth] = memberName;
    return Pointers.of(tokens);
  }

  /** The pointer into the programme's document form, as the writer will write it. */
  String modelPointer() {
    return Pointers.of(tokens(modelIndexes, 0));
  }

  private Object[] tokens(int[] indexes, int extra) {
    Object[] tokens = new Object[depth + extra];
    for (int i = 0; i < depth; i++) {
      tokens[i] = names[i] != null ? names[i] : Integer.valueOf(indexes[i]);
    }
    return tokens;
  }
}
