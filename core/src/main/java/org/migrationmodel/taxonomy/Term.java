package org.migrationmodel.taxonomy;

import java.util.Locale;

/**
 * A term of one of the model's vocabularies: an area, an activity, a theme and so on.
 *
 * <p>Every term has a stable {@linkplain #code() code}, the string that appears in JSON, CSV and
 * users' databases. Codes never change once released; persist the code, never the enum ordinal.
 * Implementations are the vocabulary enums of this package, so terms are immutable and thread-safe.
 */
public interface Term {

  /**
   * The term's enum constant name; equal to {@link #code()}.
   *
   * @return the constant's name, never null
   */
  String name();

  /**
   * The term's stable code, in upper case with underscores, such as {@code COUNTER_TRAFFICKING}.
   *
   * @return the code, never null
   */
  default String code() {
    return name();
  }

  /**
   * The vocabulary the term belongs to.
   *
   * @return the vocabulary, never null
   */
  Vocabulary<?> vocabulary();

  /**
   * The term's label in the given language. English, French and Spanish are provided; any other
   * language falls back to English.
   *
   * @param locale the language wanted; not null
   * @return the label, never null
   */
  default String displayName(Locale locale) {
    return Labels.displayName(this, locale);
  }

  /**
   * One English sentence saying what the term covers.
   *
   * @return the description, never null
   */
  default String description() {
    return Labels.description(this);
  }
}
