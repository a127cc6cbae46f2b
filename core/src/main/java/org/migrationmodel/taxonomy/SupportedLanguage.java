package org.migrationmodel.taxonomy;

import java.util.Locale;
import java.util.Optional;

/** The languages the model's labels are published in: IOM's three official languages. */
public enum SupportedLanguage {
  /** English, the language of the source document and the fallback for any other language. */
  ENGLISH(Locale.ENGLISH),
  /** French. */
  FRENCH(Locale.FRENCH),
  /** Spanish. */
  SPANISH(new Locale("es"));

  private final Locale locale;

  SupportedLanguage(Locale locale) {
    this.locale = locale;
  }

  /**
   * The language's locale, with a language and no country.
   *
   * @return the locale, never null
   */
  public Locale locale() {
    return locale;
  }

  /**
   * The language's ISO 639-1 code: {@code en}, {@code fr} or {@code es}.
   *
   * @return the code, never null
   */
  public String tag() {
    return locale.getLanguage();
  }

  /**
   * The supported language of a locale, ignoring its country and variant.
   *
   * @param locale any locale; not null
   * @return the language, or empty when labels are not published in it
   */
  public static Optional<SupportedLanguage> find(Locale locale) {
    for (SupportedLanguage language : values()) {
      if (language.tag().equals(locale.getLanguage())) {
        return Optional.of(language);
      }
    }
    return Optional.empty();
  }
}
