package org.migrationmodel.jackson3;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.migrationmodel.json.ReadMode;
import org.migrationmodel.json.internal.CodeReader;
import org.migrationmodel.taxonomy.Term;

/**
 * What the reader's code rules make of one code: the term, or the sentence that refuses the code
 * and names the closest valid codes. Kept rather than thrown, so that the caller fails in Jackson's
 * own way.
 *
 * @param <T> the vocabulary's term type
 */
final class CodeResolution<T extends Enum<T> & Term> implements CodeReader.Problems {
  private T term;
  private String refusal;

  private CodeResolution() {}

  /**
   * Resolves a code of a vocabulary under a mode's rules.
   *
   * @return the term, or null when the code is refused; then {@link #refusal()} says why
   */
  static <T extends Enum<T> & Term> CodeResolution<T> of(
      Class<T> type, String code, ReadMode mode) {
    CodeResolution<T> resolution = new CodeResolution<>();
    try {
      resolution.term = CodeReader.of(type).resolve(code, mode == ReadMode.LENIENT, resolution);
    } catch (IOException e) {
      // Only the problems sink could throw, and this one does not.
      throw new UncheckedIOException(e);
    }
    return resolution;
  }

  @Override
  public void unknownCode(String message, ImmutableList<String> suggestions) {
    refusal = message;
  }

  /** The term, or null when the code is refused. */
  T term() {
    return refusal == null ? term : null;
  }

  /** Why the code is refused, or null when it is not. */
  String refusal() {
    return refusal;
  }
}
