package org.migrationmodel.taxonomy;

import com.google.common.collect.ImmutableList;
import org.migrationmodel.MigrationModelException;

/**
 * Thrown when a code names no term of a vocabulary. It carries the vocabulary, the code given and
 * the closest valid codes, so that callers can show a suggestion without parsing the message.
 */
public final class UnknownCodeException extends MigrationModelException {
  private static final long serialVersionUID = 1L;
  private static final int MAX_QUOTED_LENGTH = 80;

  /** The id of the vocabulary in which the code was looked up. */
  private final String vocabularyId;

  /** The code as given. */
  private final String code;

  /** The closest valid codes, best first. */
  private final ImmutableList<String> suggestions;

  UnknownCodeException(Vocabulary<?> vocabulary, String code, ImmutableList<String> suggestions) {
    super(message(vocabulary, code, suggestions));
    this.vocabularyId = vocabulary.id();
    this.code = code;
    this.suggestions = suggestions;
  }

  /**
   * The {@linkplain Vocabulary#id() id} of the vocabulary that was searched.
   *
   * @return the id, never null
   */
  public String vocabularyId() {
    return vocabularyId;
  }

  /**
   * The code as the caller gave it.
   *
   * @return the code, never null
   */
  public String code() {
    return code;
  }

  /**
   * The valid codes closest to the one given, best first.
   *
   * @return at most three codes, possibly none; never null
   */
  public ImmutableList<String> suggestions() {
    return suggestions;
  }

  private static String message(
      Vocabulary<?> vocabulary, String code, ImmutableList<String> suggestions) {
    return "Unknown "
        + vocabulary.id()
        + " code \""
        + abbreviate(code)
        + "\"; "
        + vocabulary.correctionHint(suggestions);
  }

  private static String abbreviate(String code) {
    return code.length() <= MAX_QUOTED_LENGTH
        ? code
        : code.substring(0, MAX_QUOTED_LENGTH) + "... (" + code.length() + " characters)";
  }
}
