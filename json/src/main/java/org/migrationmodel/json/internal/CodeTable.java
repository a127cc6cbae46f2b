package org.migrationmodel.json.internal;

import java.util.Arrays;
import java.util.List;
import org.migrationmodel.taxonomy.Term;

/**
 * Finds a term by its exact code in a parser's character buffer, without making a string of it:
 * codes are most of the strings in a programme document, and this is the reader's hottest path. An
 * open-addressing hash table, filled once. Immutable and thread-safe.
 */
final class CodeTable<T extends Term> {
  private final char[][] codes;
  private final Object[] terms;
  private final int mask;

  CodeTable(List<T> terms) {
    int size = Integer.highestOneBit(Math.max(terms.size(), 1) * 4);
    this.codes = new char[size][];
    this.terms = new Object[size];
    this.mask = size - 1;
    for (T term : terms) {
      char[] code = term.code().toCharArray();
      int slot = hash(code, 0, code.length) & mask;
      while (codes[slot] != null) {
        slot = (slot + 1) & mask;
      }
      codes[slot] = code;
      this.terms[slot] = term;
    }
  }

  /** The term whose code is exactly the given characters, or null. */
  @SuppressWarnings("unchecked") // terms holds only Ts.
  T find(char[] text, int offset, int length) {
    for (int slot = hash(text, offset, length) & mask;
        codes[slot] != null;
        slot = (slot + 1) & mask) {
      char[] code = codes[slot];
      if (code.length == length && Arrays.equals(code, 0, length, text, offset, offset + length)) {
        return (T) terms[slot];
      }
    }
    return null;
  }

  // A few characters and the length: the model's codes differ in those, and a hash that reads
  // every character of every code was a twentieth of the reader's time. Equality is still checked.
  private static int hash(char[] text, int offset, int length) {
    if (length == 0) {
      return 0;
    }
    int last = offset + length - 1;
    int hash = length;
    hash = 31 * hash + text[offset];
    hash = 31 * hash + text[offset + (length >> 2)];
    hash = 31 * hash + text[offset + (length >> 1)];
    hash = 31 * hash + text[last - (length >> 2)];
    hash = 31 * hash + text[last];
    // Spread the high bits into the few low bits the mask keeps.
    return hash ^ (hash >>> 16);
  }
}
